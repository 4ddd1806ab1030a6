// For the Node bundle of the team bench only: `wxt/browser` as WXT's unit tests see it.
export { fakeBrowser as browser } from 'wxt/testing/fake-browser';
