// The server of one test file: started with demo data when the file loads,
// stopped after its tests.
import { after } from 'node:test';
import { schoolLeader } from './client.mjs';
import { startServer } from './server.mjs';

export async function useServer(options) {
  const server = await startServer(options);
  after(() => server.stop());
  return server;
}

// The same, with the demo school leader signed in and her school's id.
export async function useServerWithSchoolLeader() {
  const server = await useServer();
  return { server, ...(await schoolLeader(server.base)) };
}
