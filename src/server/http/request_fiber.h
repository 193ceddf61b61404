// Runs a request's handler as a fiber (Boost.Context) on the calling I/O
// thread. When the handler waits for a write's commit (core/ports/waiter.h),
// only the fiber pauses: the thread goes back to its other connections, and
// the commit hands the fiber back to that same thread through `post`. This
// spares a parked worker thread per write in flight and two thread switches
// per write.
//
// A fiber must never block its thread for long: handlers that hash passwords
// run on the worker pool instead (see server/app.cpp).
//
// Thread-safety: call on the I/O thread that `post` runs tasks on; the fiber
// starts, resumes and finishes there.
#pragma once

#include <functional>

namespace sb::http {

// Runs a task on the calling I/O thread, later.
using PostToThisThread = std::function<void(std::function<void()>)>;

// Runs `body` until it finishes or first waits; `finished` runs on this thread
// once `body` has returned. `body` must not throw.
void start_request_fiber(std::function<void()> body, PostToThisThread post, std::function<void()> finished);

}  // namespace sb::http
