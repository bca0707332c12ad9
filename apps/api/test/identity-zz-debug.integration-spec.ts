import { startRedisServer } from '@mitreden/testing';
import { startTestApi } from './support/test-api';

it('closes while redis is down', async () => {
  const redis = await startRedisServer();
  const api = await startTestApi({ REDIS_URL: redis.url });
  await redis.stop();
  if (process.env.WITH_REQUEST) await api.client().request(`mutation { register(input: {email: "q@example.org", displayName: "Q", password: "long enough pw", locale: "de"}) }`);
  const modules = ['SessionStore'];
  void modules;
  const started = Date.now();
  const timer = setInterval(() => console.log('still closing', Date.now() - started, (process as any)._getActiveHandles().map((h: any) => h.constructor.name).join(',')), 5000);
  await api.app.close();
  clearInterval(timer);
  console.log('closed after', Date.now() - started);
  await api.database.drop();
}, 120000);
