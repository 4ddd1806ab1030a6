// The benchmark's baseline: the least a Preact page can do, built like the popup.
import { render } from 'preact';

render(
  <main>
    <h1>Blank</h1>
  </main>,
  document.getElementById('app')!,
);
performance.mark('interactive');
