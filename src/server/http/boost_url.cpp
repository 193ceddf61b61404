// Boost.URL 1.81 ships its implementation as headers to compile once; this is that once.
#include <boost/url/src.hpp>
