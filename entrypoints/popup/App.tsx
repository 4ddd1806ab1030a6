export function App() {
  return (
    <main>
      <h1>Reseller invitations (popup)</h1>
    </main>
  );
}
