/**
 * No DOM library (jsdom, happy-dom) is installed, so the island itself is not rendered here: these
 * tests drive the function that owns the map's creation and removal (startMap), with the mount
 * module replaced by a fake.
 */
import { describe, expect, it, vi } from 'vitest';
import { startMap, type MapState, type MountModule } from '../../src/components/map/map-lifecycle.ts';
import type { MapController, MountOptions } from '../../src/map/mount.ts';

function fakeController(): MapController {
  return {
    setFacilities: vi.fn(),
    setReach: vi.fn(),
    setHome: vi.fn(),
    setTheme: vi.fn(),
    fitBounds: vi.fn(),
    showFacility: vi.fn(),
    remove: vi.fn(),
  };
}

/** A mount module whose map appears when the test says so. */
function deferredMount() {
  const controller = fakeController();
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const mountMap = vi.fn(
    () =>
      new Promise<MapController>((resolve, reject) => {
        finish = () => resolve(controller);
        fail = reject;
      }),
  );
  const module: MountModule = { mountMap };
  return { controller, mountMap, load: () => Promise.resolve(module), finish: () => finish(), fail: (e: Error) => fail(e) };
}

const options = {} as MountOptions;
const settle = () => new Promise((r) => setTimeout(r, 0));

function recorder() {
  const states: MapState[] = [];
  const ready: MapController[] = [];
  return { states, ready, on: { state: (s: MapState) => states.push(s), ready: (c: MapController) => ready.push(c) } };
}

describe('the map island’s map', () => {
  it('is removed once when the island unmounts after the map is ready', async () => {
    const mount = deferredMount();
    const rec = recorder();
    const stop = startMap(mount.load, options, rec.on);
    await settle();
    mount.finish();
    await settle();
    expect(rec.states).toEqual(['loading', 'ready']);
    expect(rec.ready).toEqual([mount.controller]);
    stop();
    stop();
    expect(mount.controller.remove).toHaveBeenCalledTimes(1);
  });

  it('is removed once when the island unmounts while the map is still loading, and is never reported ready', async () => {
    const mount = deferredMount();
    const rec = recorder();
    const stop = startMap(mount.load, options, rec.on);
    await settle();
    expect(mount.mountMap).toHaveBeenCalledTimes(1);
    stop();
    expect(mount.controller.remove).not.toHaveBeenCalled();
    mount.finish();
    await settle();
    expect(mount.controller.remove).toHaveBeenCalledTimes(1);
    expect(rec.ready).toEqual([]);
    expect(rec.states).toEqual(['loading']);
  });

  it('is removed once when the island unmounts before the mount module has even arrived', async () => {
    const mount = deferredMount();
    let deliver!: () => void;
    const slowLoad = () => new Promise<MountModule>((resolve) => (deliver = () => resolve({ mountMap: mount.mountMap })));
    const stop = startMap(slowLoad, options, recorder().on);
    stop();
    deliver();
    await settle();
    mount.finish();
    await settle();
    expect(mount.controller.remove).toHaveBeenCalledTimes(1);
  });

  it('reports failure when the map cannot start, and has nothing to remove', async () => {
    const mount = deferredMount();
    const rec = recorder();
    const stop = startMap(mount.load, options, rec.on);
    await settle();
    mount.fail(new Error('WebGL unavailable'));
    await settle();
    expect(rec.states).toEqual(['loading', 'failed']);
    stop();
    expect(mount.controller.remove).not.toHaveBeenCalled();
  });

  it('reports failure when the mount module cannot be loaded', async () => {
    const rec = recorder();
    startMap(() => Promise.reject(new Error('chunk blocked')), options, rec.on);
    await settle();
    expect(rec.states).toEqual(['loading', 'failed']);
  });
});
