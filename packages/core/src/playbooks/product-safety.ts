import type { Playbook } from './playbook.ts';

/** Product safety and compliance: missing test reports, certificates or warnings. */
export const productSafetyPlaybook: Playbook = {
  id: 'product-safety',
  causes: ['policy.product-safety'],
  title: { en: 'Product safety and compliance', zh: '产品安全与合规' },
  problem: 'the safety compliance of our products',
  questions: [
    {
      id: 'asinsAffected',
      en: 'Which ASINs are affected?',
      zh: '涉及哪些 ASIN？',
      help: { en: 'List the ASINs, separated by commas.', zh: '列出 ASIN，用逗号分隔。' },
      type: 'text',
    },
    {
      id: 'testStandard',
      en: 'Which safety standard applies to the product?',
      zh: '该产品适用哪一项安全标准？',
      help: { en: 'For example "ASTM F963 and CPSIA" for toys in the US.', zh: '例如美国玩具适用“ASTM F963 和 CPSIA”。' },
      type: 'text',
    },
    {
      id: 'testLab',
      en: 'Which laboratory tested the product?',
      zh: '哪家实验室做的检测？',
      help: { en: 'It should be accredited for that standard.', zh: '应具备该标准的资质认可。' },
      type: 'text',
    },
    {
      id: 'testReportDate',
      en: 'What is the date of the test report?',
      zh: '检测报告的日期是哪天？',
      help: { en: 'As printed on the report.', zh: '以报告上的日期为准。' },
      type: 'date',
    },
    {
      id: 'listingsRemovedOn',
      en: 'On what date did you take the products off sale?',
      zh: '您在哪一天停止销售这些产品？',
      help: { en: 'The date the offers were closed.', zh: '关闭商品的日期。' },
      type: 'date',
    },
    {
      id: 'unitsQuarantined',
      en: 'How many units did you hold back from sale?',
      zh: '您暂停销售了多少件库存？',
      help: { en: 'A number of units.', zh: '填写件数。' },
      type: 'number',
    },
    {
      id: 'complianceOwner',
      en: 'Who is responsible for product compliance?',
      zh: '谁负责产品合规？',
      help: { en: 'A role, for example "our compliance manager".', zh: '写职位即可，例如“合规经理”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'missing-test',
      label: { en: 'No test report for the standard that applies', zh: '没有适用标准的检测报告' },
      en: 'We had no test report for ASINs {asinsAffected} under {testStandard}, the standard that applies to them.',
    },
    {
      id: 'supplier-certificate',
      label: { en: "Relied on a supplier certificate that did not cover the product", zh: '依赖了不覆盖该产品的供应商证书' },
      en: 'We relied on a certificate from our supplier that did not cover the model we sold.',
    },
    {
      id: 'missing-warnings',
      label: { en: 'Required warnings missing from the listing', zh: '详情页缺少必要的警示' },
      en: 'The detail pages of ASINs {asinsAffected} lacked the safety warnings and age grading the product requires.',
    },
  ],
  correctiveActions: [
    {
      id: 'held-stock',
      appliesTo: 'always',
      en: 'On {listingsRemovedOn}, we took ASINs {asinsAffected} off sale and held back {unitsQuarantined} units until the product is shown to comply.',
      zh: '停止销售相关 ASIN，并暂扣库存直至证明合规。',
      date: 'listingsRemovedOn',
      covers: { asins: 'asinsAffected', count: 'unitsQuarantined' },
    },
    {
      id: 'tested',
      appliesTo: ['missing-test', 'supplier-certificate'],
      en: 'On {testReportDate}, {testLab} tested the product under {testStandard}; the report is attached.',
      zh: '由实验室按适用标准完成检测，附报告。',
      date: 'testReportDate',
      evidence: ['other'],
    },
    {
      id: 'added-warnings',
      appliesTo: ['missing-warnings'],
      en: 'On {listingsRemovedOn}, we added the required warnings and age grading to the detail pages and the packaging.',
      zh: '在详情页和包装上补充了必要的警示和适用年龄。',
      date: 'listingsRemovedOn',
      evidence: ['screenshot'],
    },
  ],
  preventiveMeasures: [
    {
      id: 'compliance-check',
      appliesTo: 'always',
      en: 'Before a product is listed, {complianceOwner} identifies the safety standards that apply and obtains a current test report for the exact model from an accredited laboratory.',
      zh: '上架前确认适用标准，并取得该型号的有效检测报告。',
      owner: '{complianceOwner}',
      frequency: 'for every new product and every change of supplier or materials',
      system: 'a compliance file per SKU, uploaded to Manage Your Compliance',
    },
  ],
  evidence: [
    { id: 'test-report', kind: 'other', en: 'Test report from an accredited laboratory', zh: '认可实验室出具的检测报告' },
    { id: 'certificate', kind: 'licence', en: 'Certificate of conformity for the product', zh: '产品合格证书' },
    { id: 'warnings-screenshot', kind: 'screenshot', en: 'Screenshots of the warnings on the detail page and packaging', zh: '详情页和包装警示的截图' },
  ],
  notes: [
    {
      id: 'safety.manage-your-compliance',
      en: 'Amazon often needs the documents uploaded in Manage Your Compliance, not only a plan. The report must name the same product and model as the listing.',
      zh: '亚马逊通常要求在“管理合规性”页面上传文件，而不只是提交行动计划。报告上的产品和型号必须与商品一致。',
    },
  ],
};
