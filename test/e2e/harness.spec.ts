import { expect, test } from './fixtures';

// The harness itself: the page reaches the real backend through the binding.
test('the renderer is bound to the real backend and register', async ({ app, backend }) => {
  const status = await app.evaluate(() =>
    (window as unknown as { __sagsoverblikInvoke: (m: string, i: unknown) => Promise<unknown> }).__sagsoverblikInvoke('app.status', {}),
  );
  expect(status).toMatchObject({ ok: true, value: { open: true, registerPath: backend.registerPath } });
});
