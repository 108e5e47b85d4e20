import { phraseRule } from '../../rule.ts';

export const absolute = phraseRule(
  {
    id: 'promise/absolute',
    severity: 'error',
    docs: {
      description: { en: 'Absolute promises ("never again", "100%", "guarantee") read as empty; describe the checks that make a repeat unlikely.', zh: '绝对化的承诺（“永不再犯”“100%”“保证”）显得空洞；请描述能防止问题再次发生的检查措施。' },
      good: ['A second person checks every listing against the product before it goes live.'],
      bad: ['This will never happen again, we guarantee 100% customer satisfaction.'],
    },
    messages: { absolute: { en: '"{phrase}" is an absolute promise that reads as empty. Describe the check you put in place instead.', zh: '“{phrase}”是绝对化的承诺，显得空洞。请改为描述您已建立的检查措施。' } },
  },
  [
    { pattern: /\b(will\s+)?never\s+(happen|occur)\s+again\b/gi, suggestion: 'the check that prevents a repeat' },
    { pattern: /\b100\s?%/g, suggestion: 'a measured target, e.g. 99% within 24 hours' },
    { pattern: /(?<!a-to-z\s)\b(we\s+)?guarantee[sd]?\b/gi, suggestion: 'describe the process' },
    { pattern: /\b(zero|no)\s+(mistakes|errors|defects)\s+(ever|again)\b/gi, suggestion: 'a realistic target' },
  ],
);
