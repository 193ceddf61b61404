#include "platform/mailers.h"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <cstring>

namespace sb {

void LogMailer::send(Mail mail) {
  spdlog::info("mail (not sent, no SMTP configured) to={} subject=\"{}\"\n{}", mail.to, mail.subject, mail.body);
}

SmtpMailer::SmtpMailer(SmtpSettings settings) : settings_(std::move(settings)) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  worker_ = std::thread([this] { deliver_loop(); });
}

SmtpMailer::~SmtpMailer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  worker_.join();
}

void SmtpMailer::send(Mail mail) {
  {
    std::lock_guard lock(mutex_);
    // A bounded outbox: past it, the oldest mail is dropped with a log line rather than growing without end.
    // Room for the weekly digest of a large bestuur, queued at once (a few kB per mail).
    if (queue_.size() >= 20'000) {
      spdlog::error("mail outbox full, dropping mail to {}", queue_.front().to);
      queue_.pop_front();
    }
    queue_.push_back(std::move(mail));
  }
  ready_.notify_one();
}

void SmtpMailer::deliver_loop() {
  for (;;) {
    Mail mail;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      mail = std::move(queue_.front());
      queue_.pop_front();
    }
    if (!deliver(mail)) spdlog::error("mail to {} could not be delivered", mail.to);
  }
}

namespace {

struct Payload {
  std::string text;
  std::size_t offset = 0;
};

std::size_t read_payload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* payload = static_cast<Payload*>(user);
  const std::size_t n = std::min(size * count, payload->text.size() - payload->offset);
  std::memcpy(buffer, payload->text.data() + payload->offset, n);
  payload->offset += n;
  return n;
}

std::string address_of(const std::string& from) {
  const auto open = from.find('<');
  const auto close = from.find('>');
  if (open != std::string::npos && close != std::string::npos && close > open) return from.substr(open, close - open + 1);
  return "<" + from + ">";
}

}  // namespace

bool SmtpMailer::deliver(const Mail& mail) {
  CURL* curl = curl_easy_init();
  if (!curl) return false;
  Payload payload;
  payload.text = "From: " + settings_.from + "\r\nTo: <" + mail.to + ">\r\nSubject: =?UTF-8?B?";
  // The subject may hold non-ASCII (Dutch): encode it as RFC 2047 base64.
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string encoded;
  const auto& s = mail.subject;
  for (std::size_t i = 0; i < s.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(s[i]) << 16) |
                       (i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) << 8 : 0) |
                       (i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0);
    encoded += kAlphabet[(v >> 18) & 63];
    encoded += kAlphabet[(v >> 12) & 63];
    encoded += i + 1 < s.size() ? kAlphabet[(v >> 6) & 63] : '=';
    encoded += i + 2 < s.size() ? kAlphabet[v & 63] : '=';
  }
  payload.text += encoded + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + mail.body + "\r\n";

  curl_slist* recipients = curl_slist_append(nullptr, ("<" + mail.to + ">").c_str());
  curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
  if (!settings_.user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, address_of(settings_.from).c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_payload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  const CURLcode code = curl_easy_perform(curl);
  if (code != CURLE_OK) spdlog::error("SMTP: {}", curl_easy_strerror(code));
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  return code == CURLE_OK;
}

}  // namespace sb
