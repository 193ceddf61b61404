#include "platform/mailers.h"

#include <curl/curl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <cstring>

namespace sb {

void LogMailer::send(Mail mail) {
  std::string files;
  for (const auto& file : mail.attachments) files += (files.empty() ? "" : ", ") + file.file_name;
  spdlog::info("mail (not sent, no SMTP configured) to={} subject=\"{}\"{}\n{}", mail.to, mail.subject,
               files.empty() ? "" : " attachments=" + files, mail.body);
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

std::string base64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

// Base64 in lines of 76 characters, as MIME asks (RFC 2045).
std::string base64_lines(std::string_view bytes) {
  const std::string encoded = base64(bytes);
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

// A header value that may hold non-ASCII (Dutch names, subjects): RFC 2047 base64.
std::string encoded_word(std::string_view text) { return "=?UTF-8?B?" + base64(text) + "?="; }

}  // namespace

// The message as it goes over SMTP: plain text, or with attachments a
// multipart/mixed message whose first part is the text.
std::string message_text(const std::string& from, const Mail& mail) {
  std::string text = "From: " + from + "\r\nTo: <" + mail.to + ">\r\nSubject: " + encoded_word(mail.subject) +
                     "\r\nMIME-Version: 1.0\r\n";
  if (mail.attachments.empty()) return text + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + mail.body + "\r\n";
  // The boundary must not occur in any part; the parts are base64 or our own text, and this has a character
  // base64 never uses.
  const std::string boundary = "=_samenbeter_part_boundary";
  text += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  text += "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
          base64_lines(mail.body);
  for (const auto& file : mail.attachments) {
    text += "--" + boundary + "\r\nContent-Type: " + file.content_type + "\r\nContent-Transfer-Encoding: base64\r\n" +
            "Content-Disposition: attachment; filename=\"" + encoded_word(file.file_name) + "\"\r\n\r\n" +
            base64_lines(file.content);
  }
  return text + "--" + boundary + "--\r\n";
}

namespace {

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
  payload.text = message_text(settings_.from, mail);

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
