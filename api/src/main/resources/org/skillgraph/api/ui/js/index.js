// The landing page: a learner's token goes straight to their own dashboard.
import { initShell } from './shell.js';

const who = await initShell();
if (who && who.role === 'learner') location.replace('/ui/learner.html');
