/**
 * The map's life in the island: import the mount module (and with it MapLibre), create the map,
 * report its state, and remove it exactly once when the island goes away — also when that happens
 * while the map is still loading. Kept apart from the component so it can be tested without a DOM.
 */
import type { MapController, MountOptions } from '../../map/mount.ts';

export type MapState = 'waiting' | 'loading' | 'ready' | 'failed';

/** What the dynamic import of src/map/mount.ts gives. */
export interface MountModule {
  mountMap(options: MountOptions): Promise<MapController>;
}

export interface MapCallbacks {
  state(state: MapState): void;
  /** The map is up; the controller stays valid until the returned stop function runs. */
  ready(controller: MapController): void;
}

/** Starts loading the map; returns the function that stops it and removes the map. */
export function startMap(load: () => Promise<MountModule>, options: MountOptions, on: MapCallbacks): () => void {
  let stopped = false;
  let controller: MapController | null = null;
  on.state('loading');
  load()
    .then((module) => module.mountMap(options))
    .then(
      (c) => {
        // Unmounted while loading: the map was made for nobody.
        if (stopped) return c.remove();
        controller = c;
        on.ready(c);
        on.state('ready');
      },
      () => {
        if (!stopped) on.state('failed');
      },
    );
  return () => {
    if (stopped) return;
    stopped = true;
    controller?.remove();
    controller = null;
  };
}
