import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './stil.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const wurzel = document.getElementById('app');
if (wurzel)
  createRoot(wurzel).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
