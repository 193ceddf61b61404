// A live screen for tests: a WebSocket on a live channel, opened with a
// client's cookie, that collects every message and waits for the one a test
// expects. `client` may be null: a screen nobody signed in on (a class display).
import WebSocket from 'ws';

export function watchScreen(base, client, path) {
  const socket = new WebSocket(`${base.replace('http', 'ws')}${path}`, client?.cookie ? { headers: { cookie: client.cookie } } : {});
  const screen = { socket, messages: [], waiters: [], closed: null };
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    message.receivedAt = performance.now();
    screen.messages.push(message);
    screen.waiters = screen.waiters.filter((w) => !w());
  });
  socket.on('error', () => {});  // a refused or broken connection shows as `closed`
  socket.on('close', (code) => { screen.closed = code; screen.waiters = screen.waiters.filter((w) => !w()); });
  screen.next = (predicate, ms = 3000) => new Promise((resolve, reject) => {
    const check = () => {
      const found = screen.messages.find(predicate);
      if (found) { resolve(found); return true; }
      if (screen.closed !== null) { reject(new Error(`closed with ${screen.closed}`)); return true; }
      return false;
    };
    if (check()) return;
    screen.waiters.push(check);
    setTimeout(() => reject(new Error('timed out waiting; got ' + JSON.stringify(screen.messages))), ms);
  });
  // Resolves with the close code; with `ms`, rejects when the screen is still open after that long.
  screen.closedWith = (ms) => new Promise((resolve, reject) => {
    if (screen.closed !== null) return resolve(screen.closed);
    socket.on('close', (code) => resolve(code));
    if (ms) setTimeout(() => reject(new Error('still open')), ms);
  });
  screen.send = (message) => socket.send(JSON.stringify(message));
  screen.close = () => socket.close();
  return screen;
}
