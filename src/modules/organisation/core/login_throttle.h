// LoginThrottle: slows down password guessing per account and per client
// address without ever locking the real user out for good. After a few free
// failures each further failure doubles a waiting time, capped at 15 minutes;
// the counters forget after a quiet period and a successful sign-in clears
// the account's counter.
//
// The account counter guards against guessing one account's password: while
// it makes the caller wait, no password is checked. Attempts are reserved
// before the password is checked (admit), so attempts that run in parallel
// are counted exactly: 40 parallel guesses check 5 passwords, not 40.
//
// The address counter slows a spray over many accounts from one address, but
// it never refuses the account's owner: an attempt from a throttled address is
// still checked, the right password signs in, and a wrong one is answered
// with the address's wait. Behind a proxy, the address is the client's only
// when the proxy is configured as trusted (see http::client_address).
//
// The counts live here, in memory, and in the store, so that several server
// processes on one database throttle together (auth.cpp reads the stored
// counts before admit() and hands them to learn(), and stores each failure).
// Reservations of attempts in progress are this process's own. Thread-safe.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kernel/model.h"

namespace sb {

class LoginThrottle {
 public:
  struct Limits {
    int free_failures_per_account = 5;
    int free_failures_per_address = 20;
    UnixTime max_wait = 15 * 60;
    UnixTime forget_after = 60 * 60;
  };

  LoginThrottle() = default;
  explicit LoginThrottle(Limits limits) : limits_(limits) {}

  // One admitted sign-in attempt. Exactly one of failed() or succeeded()
  // ends it; an attempt dropped without either (an error on the way) just
  // gives its reservation back.
  class Attempt {
   public:
    Attempt(Attempt&& other) noexcept;
    Attempt& operator=(Attempt&&) = delete;
    ~Attempt();
    void failed(UnixTime now);
    void succeeded();
    // Seconds the address must wait; a wrong password is answered with this when > 0.
    UnixTime address_wait() const { return address_wait_; }

   private:
    friend class LoginThrottle;
    Attempt(LoginThrottle* throttle, std::string account, std::string address, UnixTime address_wait)
        : throttle_(throttle),
          account_(std::move(account)),
          address_(std::move(address)),
          address_wait_(address_wait) {}
    LoginThrottle* throttle_;
    std::string account_;
    std::string address_;
    UnixTime address_wait_ = 0;
  };

  struct Admission {
    UnixTime wait = 0;               // > 0: refused; try again after this many seconds
    std::optional<Attempt> attempt;  // set when admitted
  };

  // Reserves an attempt on the account, or says how long to wait.
  Admission admit(std::string_view account, std::string_view address, UnixTime now);

  // Raises this process's counts to what the store holds (another process's failures).
  void learn(std::string_view account, std::string_view address, int account_failures, UnixTime account_last,
             int address_failures, UnixTime address_last);

  const Limits& limits() const { return limits_; }

  // Seconds the account must wait now (0: a try is allowed); reserves nothing.
  UnixTime account_wait(std::string_view account, UnixTime now);

 private:
  struct Counter {
    int failures = 0;
    int pending = 0;  // admitted attempts whose password is being checked
    UnixTime last_failure = 0;
  };
  UnixTime wait_for(const Counter& counter, int free_failures, UnixTime now) const;
  UnixTime account_wait_locked(const Counter& counter, UnixTime now) const;
  void finish(const std::string& account, const std::string* failed_address, UnixTime now, bool success);
  void prune(UnixTime now);

  Limits limits_;
  std::mutex mutex_;
  std::unordered_map<std::string, Counter> accounts_;
  std::unordered_map<std::string, Counter> addresses_;
  UnixTime last_prune_ = 0;
};

}  // namespace sb
