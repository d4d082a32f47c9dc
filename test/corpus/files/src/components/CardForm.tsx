import { useState } from 'react';
import { t } from '../i18n.js';

const PAN = /^\d{13,19}$/;

/** Luhn check, client side only; the card never reaches our servers. */
export function luhn(pan: string): boolean {
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let d = Number(pan[pan.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function CardForm({ testMode }: { testMode: boolean }) {
  const [pan, setPan] = useState('');
  const valid = PAN.test(pan.replace(/\s/g, '')) && luhn(pan.replace(/\s/g, ''));
  return (
    <form>
      <label htmlFor="pan">{t('card_number')}</label>
      <input id="pan" inputMode="numeric" autoComplete="cc-number" placeholder="1234 5678 9012 3456" value={pan} onChange={(e) => setPan(e.target.value)} />
      {testMode && <p>Use 4242 4242 4242 4242, any future date and any CVC (Stripe test mode).</p>}
      {testMode && <p>3-D Secure: 4000 0027 6000 3184. Declined: 4000 0000 0000 0002.</p>}
      <label htmlFor="iban">IBAN</label>
      <input id="iban" placeholder="DE00 0000 0000 0000 0000 00" />
      <button disabled={!valid}>{t('billing.save')}</button>
    </form>
  );
}
