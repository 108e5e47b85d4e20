import type { Playbook } from './playbook.ts';

/** Condition guidelines: used, opened or damaged items sold as new. */
export const conditionPlaybook: Playbook = {
  id: 'condition',
  causes: ['policy.condition'],
  title: { en: 'Condition complaints / used sold as new', zh: '商品状况投诉 / 二手当新品卖' },
  problem: 'the condition of the items we shipped',
  questions: [
    {
      id: 'inspectedOn',
      en: 'On what date did you inspect your stock?',
      zh: '您在哪一天检查了库存？',
      help: { en: 'The date the inspection was finished.', zh: '检查完成的日期。' },
      type: 'date',
    },
    {
      id: 'inspectedUnits',
      en: 'How many units did you inspect?',
      zh: '您检查了多少件商品？',
      help: { en: 'A number of units.', zh: '填写件数。' },
      type: 'number',
    },
    {
      id: 'removedUnits',
      en: "How many units did not meet the condition 'New' and were removed from sale?",
      zh: '有多少件不符合“新品”标准并被下架？',
      help: { en: 'A number of units; 0 if none.', zh: '填写件数，没有则填 0。' },
      type: 'number',
    },
    {
      id: 'conditionAsins',
      en: 'Which ASINs had the wrong condition?',
      zh: '哪些 ASIN 的商品状况设置错误？',
      help: { en: 'List the ASINs, separated by commas.', zh: '列出 ASIN，用逗号分隔。' },
      type: 'text',
    },
    {
      id: 'inspectionOwner',
      en: 'Who inspects items before they ship?',
      zh: '由谁在发货前检查商品？',
      help: { en: 'A role, for example "our warehouse supervisor".', zh: '写职位即可，例如“仓库主管”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'returns-resold',
      label: { en: 'Returns put back as new without inspection', zh: '退货未经检查就当新品重新销售' },
      en: 'Returned units went back into sellable stock as new without an inspection.',
    },
    {
      id: 'no-inspection',
      label: { en: 'No inspection before shipping', zh: '发货前没有检查' },
      en: 'Units were not inspected before shipping, so items with damaged packaging or signs of use were sent as new.',
    },
    {
      id: 'wrong-condition',
      label: { en: "Listed as 'New' when not new", zh: '非新品却标为“新品”' },
      en: "ASINs {conditionAsins} were listed with the condition 'New' although the items had been opened or refurbished.",
    },
  ],
  correctiveActions: [
    {
      id: 'inspected-stock',
      appliesTo: 'always',
      en: "On {inspectedOn}, we inspected {inspectedUnits} units in stock and removed {removedUnits} units that did not meet Amazon's guideline for the condition 'New'.",
      zh: '检查库存并下架不符合新品标准的商品。',
      date: 'inspectedOn',
      covers: { count: 'inspectedUnits' },
    },
    {
      id: 'quarantined-returns',
      appliesTo: ['returns-resold'],
      en: 'On {inspectedOn}, we moved all returned units to a separate area and stopped putting them back into sellable stock.',
      zh: '把退货单独存放，不再直接放回可售库存。',
      date: 'inspectedOn',
    },
    {
      id: 'corrected-condition',
      appliesTo: ['wrong-condition'],
      en: 'On {inspectedOn}, we changed the condition of ASINs {conditionAsins} to match the items, or closed the offers.',
      zh: '更正或关闭了状况错误的商品。',
      date: 'inspectedOn',
      covers: { asins: 'conditionAsins' },
    },
  ],
  preventiveMeasures: [
    {
      id: 'inspect-before-shipping',
      appliesTo: 'always',
      en: "{inspectionOwner} checks every unit before packing for signs of use, damaged packaging and missing parts, against Amazon's condition guidelines.",
      zh: '打包前按亚马逊商品状况指南逐件检查。',
      owner: '{inspectionOwner}',
      frequency: 'for every order',
      system: "a packing checklist based on Amazon's condition guidelines",
    },
    {
      id: 'grade-returns',
      appliesTo: ['returns-resold'],
      en: '{inspectionOwner} grades every returned unit; a unit that is not in new condition is sold as used with an accurate description, or disposed of.',
      zh: '逐件评级退货，非新品按二手如实描述销售或处理掉。',
      owner: '{inspectionOwner}',
      frequency: 'for every return',
      system: 'a returns log with the grade of each unit',
    },
  ],
  evidence: [
    { id: 'supplier-invoices', kind: 'invoice', en: 'Supplier invoices showing the items were bought new', zh: '证明商品为新品采购的供应商发票' },
    { id: 'inspection-photos', kind: 'screenshot', en: 'Photos of the inspection and of the separated returns area', zh: '检查过程和退货隔离区的照片' },
    { id: 'checklist', kind: 'other', en: 'The packing and returns checklist', zh: '打包和退货检查清单' },
  ],
  notes: [
    {
      id: 'condition.guidelines',
      en: "Amazon's condition guidelines define 'New': unused, in original packaging, with all accessories and the warranty. Name the guideline you now follow.",
      zh: '亚马逊的商品状况指南规定了“新品”：未使用、原包装、配件齐全、保修有效。请写明您现在遵守的指南。',
    },
  ],
};
