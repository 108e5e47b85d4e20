import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/index.ts';
import { parseReport, type ImportEvent } from '../reports/index.ts';
import { demoSeller } from './demo-seller.ts';

async function parse(name: string, text: string): Promise<ImportEvent[]> {
  async function* bytes() {
    yield new TextEncoder().encode(text);
  }
  const events: ImportEvent[] = [];
  for await (const event of parseReport(bytes(), { fileName: name })) events.push(event);
  return events;
}

describe('demo seller', () => {
  it('is the same seller for the same day and seed, and another one for another seed', () => {
    expect(demoSeller('2026-11-22')).toEqual(demoSeller('2026-11-22'));
    expect(demoSeller('2026-11-22', 7).files[0]!.text).not.toBe(demoSeller('2026-11-22').files[0]!.text);
  });

  it('writes report files that import without a bad row, each detected as its kind', async () => {
    const seller = demoSeller('2026-11-22');
    const kinds: string[] = [];
    for (const file of seller.files) {
      const events = await parse(file.name, file.text);
      expect(events.filter((e) => e.type === 'skipped')).toEqual([]);
      const detected = events.find((e) => e.type === 'detected');
      kinds.push(detected && 'kind' in detected ? String(detected.kind) : 'none');
    }
    expect(kinds).toEqual(['all-orders', 'order-shipping', 'shipment-confirmation', 'feedback', 'claims']);
  });

  it('tells the story of the demo: an ODR deactivation, then a reply asking for greater detail', () => {
    const seller = demoSeller('2026-11-22');
    const notice = diagnose(seller.notice.text, { received: seller.notice.received });
    expect(notice.causes.map((c) => c.id)).toContain('performance.order-defect-rate');
    expect(notice.action).toBe('account-deactivated');
    const rate = Number(/Order Defect Rate is ([\d.]+)%/.exec(seller.notice.text)?.[1]);
    expect(rate).toBeGreaterThan(1);
    const reply = diagnose(seller.reply.text, { received: seller.reply.received });
    expect(reply.kind).toBe('reply');
    expect(reply.outcome).toBe('more-information');
    expect(reply.requested.length).toBeGreaterThanOrEqual(3);
    expect(seller.notice.received < seller.firstAppeal.submittedOn && seller.firstAppeal.submittedOn < seller.reply.received).toBe(true);
  });
});
