// A real SMTP server on 127.0.0.1 for the tests (npm smtp-server): the binary
// is started with --smtp-url pointing at it, and every mail it delivers is
// parsed (mailparser) and kept, for a test to wait for and read.
import { after } from 'node:test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export async function startMailbox() {
  const mails = [];
  const waiters = new Set();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'SamenBeter test mailbox',
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            headers: parsed.headers,
            // mailparser's attachments (filename, contentType, content as a Buffer), each with its text too.
            attachments: (parsed.attachments ?? []).map((a) => ({ ...a, text: a.content.toString('utf8') })),
          });
          for (const waiter of waiters) waiter();
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = server.server.address().port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    /** Every mail so far, or those to `address`. */
    mails: (address) => (address ? mails.filter((m) => m.to.includes(address)) : [...mails]),
    /** Resolves with the first mail that `matches`, waiting for it up to `timeout` ms. */
    async waitFor(matches, timeout = 10_000, what = 'a mail') {
      const found = () => mails.find(matches);
      if (found()) return found();
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = found();
          if (!mail) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const seen = mails.map((m) => `  ${m.to.join(',')}: ${m.subject}`).join('\n');
          reject(new Error(`no ${what} within ${timeout} ms; the mailbox has:\n${seen}`));
        }, timeout);
        waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A mailbox for one test file, closed after its tests. */
export async function useMailbox() {
  const mailbox = await startMailbox();
  after(() => mailbox.close());
  return mailbox;
}
