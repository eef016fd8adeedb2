import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromUrl } from './api';
import { App } from './App';
import './styles/app.css';
import './styles/pages.css';
import './styles/summary.css';
import './styles/form.css';
import { adoptTodayFromUrl } from './today';

// Before anything calls the API: the browser-mode token must be in sessionStorage.
adoptTokenFromUrl();
adoptTodayFromUrl();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
