import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose, receivedFromHeader } from './diagnose.ts';
import { renderDiagnosis } from './render-diagnosis.ts';

const notice = readFileSync(join(import.meta.dirname, '../../test/fixtures/notices/odr-deactivation-us.txt'), 'utf8');

describe('diagnose', () => {
  it('leaves due dates null without a received date, and says so in the report', () => {
    const d = diagnose(notice, {});
    expect(d.deadlines.map((deadline) => deadline.due)).toEqual([null, null, null]);
    expect(renderDiagnosis(d, 'en')).toContain('17 days → give --received to get the date');
  });

  it('renders labels in Chinese and keeps Amazon text as written', () => {
    const report = renderDiagnosis(diagnose(notice, { received: '2024-03-04' }), 'zh-CN');
    expect(report).toContain('原因:');
    expect(report).toContain('订单缺陷率');
    expect(report).toContain('[根本原因] The root cause(s) of the issues that led to your high Order Defect Rate.');
    expect(report).toContain('申诉: 17 days → 2024-03-21 00:00 UTC');
  });

  it('says "other" for a message that is neither notice nor reply', () => {
    const d = diagnose('Hi team, lunch is at noon on Friday.', {});
    expect([d.kind, d.causes, d.action, d.outcome, d.requested, d.deadlines]).toEqual(['other', [], null, null, [], []]);
  });

  it('warns not to click when the message is a phishing mail', () => {
    const raw = new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/mail/phishing-noreply-lookalike.eml')));
    expect(diagnose(raw, {}).advice.map((advice) => advice.id)).toContain('mail.do-not-click');
  });

  it('takes the received day from the Date header as written', () => {
    expect(receivedFromHeader('Fri, 14 Jun 2024 22:05:00 -0700')).toBe('2024-06-14');
    expect(receivedFromHeader(null)).toBeNull();
  });

  it('diagnoses a notice in a few milliseconds', () => {
    diagnose(notice, {});
    const runs = 50;
    const start = performance.now();
    for (let i = 0; i < runs; i++) diagnose(notice, { received: '2024-03-04' });
    expect((performance.now() - start) / runs).toBeLessThan(10);
  });
});
