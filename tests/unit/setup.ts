// Every unit test gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setRecordClock } from '../../lib/schema/limits';

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

// A test that moves the record clock (lib/schema/limits.ts) moves it for itself only.
afterEach(() => setRecordClock());
