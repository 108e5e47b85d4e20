import type { Submission } from './appeal-case.ts';
import { usPacific } from './zoned-time.ts';

const channelWords: Record<Submission['channel'], string> = {
  'seller-central-form': 'through the Appeal button in Seller Central',
  'email-seller-performance': 'by e-mail to Seller Performance',
};

/**
 * The message a seller sends when Amazon has not answered after 2 US business days: it asks only
 * whether the appeal arrived, politely, and repeats nothing of the plan. The date is Amazon's (Pacific).
 */
export function followUpMessage(input: { accountName: string; submission: Submission }): string {
  const sent = new Intl.DateTimeFormat('en-US', { timeZone: usPacific, year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(Date.parse(input.submission.submittedAt)),
  );
  return [
    'Dear Seller Performance Team,',
    '',
    `On ${sent} we submitted a plan of action for our seller account ${input.accountName} ${channelWords[input.submission.channel]}. We have not received a reply yet.`,
    '',
    'Could you please confirm that our appeal was received and is being reviewed? If you need any further information, we will send it promptly.',
    '',
    'Thank you for your time.',
    '',
    'Best regards,',
    input.accountName,
  ].join('\n');
}
