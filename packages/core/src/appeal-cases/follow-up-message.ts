/** The message a seller sends when no answer came after 2 US business days. */
export function followUpMessage(accountName: string, submittedAt: string, round: number): string {
  const date = new Date(submittedAt).toLocaleDateString('en-US', { timeZone: 'America/Los_Angeles', year: 'numeric', month: 'long', day: 'numeric' });
  return [
    'Dear Seller Performance Team,',
    '',
    `On ${date} we submitted a plan of action for our account ${accountName} (appeal ${round}). We have not yet received a confirmation.`,
    'Could you please confirm that our appeal was received and is under review? We are ready to provide any further information you need.',
    '',
    'Thank you for your time.',
    '',
    `${accountName}`,
  ].join('\n');
}
