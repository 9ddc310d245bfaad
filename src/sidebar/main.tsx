import { render } from 'preact';
import './sidebar.css';

function App() {
  return (
    <main class="sidebar">
      <h1>Дорожная карта</h1>
      <p>Загрузка…</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
