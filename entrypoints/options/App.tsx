export function App() {
  return (
    <main>
      <h1>Reseller invitations (options)</h1>
    </main>
  );
}
