import * as fs from 'fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __concertoPg?: { embedded: { stop(): Promise<void> } | null; dir: string } }).__concertoPg;
  if (state?.embedded) await state.embedded.stop();
  if (state?.dir) fs.rmSync(state.dir, { recursive: true, force: true });
}
