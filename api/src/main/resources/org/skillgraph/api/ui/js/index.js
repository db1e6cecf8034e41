// The landing page: a learner's token goes straight to their own dashboard; other roles see the cards of
// the pages they may use.
import { initShell, mayUse } from './shell.js';

const who = await initShell();
if (who && who.role === 'learner') location.replace('/ui/learner.html');
for (const card of document.querySelectorAll('#start-cards [data-page]')) {
  card.hidden = !mayUse(card.dataset.page, who ? who.role : null);
}
