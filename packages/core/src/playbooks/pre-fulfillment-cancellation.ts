import type { Playbook } from './playbook.ts';

/** Pre-fulfillment Cancel Rate: orders the seller cancelled before confirming shipment. */
export const preFulfillmentCancellationPlaybook: Playbook = {
  id: 'pre-fulfillment-cancellation',
  causes: ['performance.pre-fulfillment-cancel-rate'],
  title: { en: 'Pre-fulfillment Cancel Rate', zh: '订单取消率' },
  problem: 'our Pre-fulfillment Cancel Rate',
  questions: [
    {
      id: 'stockSyncedOn',
      en: 'On what date did you count your stock and correct the quantities on Amazon?',
      zh: '您在哪一天盘点库存并修正了亚马逊上的数量？',
      help: { en: 'The date the corrected quantities were live.', zh: '修正后的数量生效的日期。' },
      type: 'date',
    },
    {
      id: 'skuCount',
      en: 'How many SKUs had a wrong quantity on Amazon?',
      zh: '有多少个 SKU 在亚马逊上的数量不正确？',
      help: { en: 'A number of SKUs.', zh: '填写 SKU 数量。' },
      type: 'number',
    },
    {
      id: 'stockTool',
      en: 'How do you keep Amazon quantities in step with your warehouse now?',
      zh: '现在您用什么方式让亚马逊库存与仓库保持一致？',
      help: { en: 'The name of the inventory software, or "a daily inventory file upload".', zh: '库存软件名称，或“每天上传库存文件”。' },
      type: 'text',
    },
    {
      id: 'stockCountFrequency',
      en: 'How often do you count the stock in your warehouse?',
      zh: '您多久盘点一次仓库库存？',
      help: { en: 'A full count, not only the sync.', zh: '指完整盘点，不只是同步。' },
      type: 'choice',
      choices: [
        { id: 'daily', en: 'every day', zh: '每天' },
        { id: 'weekly', en: 'every week', zh: '每周' },
        { id: 'monthly', en: 'every month', zh: '每月' },
      ],
    },
    {
      id: 'stockOwner',
      en: 'Who is responsible for stock levels?',
      zh: '谁负责库存数量？',
      help: { en: 'A role, for example "our inventory manager".', zh: '写职位即可，例如“库存经理”。' },
      type: 'text',
    },
    {
      id: 'reorderDays',
      en: "How many days does your supplier need to deliver a reorder?",
      zh: '供应商补货需要多少天？',
      help: { en: 'The lead time from order to arrival.', zh: '从下单到到货的时间。' },
      type: 'number',
    },
  ],
  rootCauses: [
    {
      id: 'stock-mismatch',
      label: { en: 'Amazon quantities did not match the warehouse', zh: '亚马逊库存与仓库不一致' },
      en: 'The quantities on Amazon did not match our warehouse because they were updated by hand, so {defectCount} orders were placed for items we no longer had.',
    },
    {
      id: 'shared-stock',
      label: { en: 'Stock shared with another sales channel', zh: '库存与其他销售渠道共用' },
      en: 'The same stock was sold through another sales channel, and quantities on Amazon were not reduced in time when it sold there.',
    },
    {
      id: 'reorder-late',
      label: { en: 'Reordered too late', zh: '补货太晚' },
      en: "We reordered from our supplier too late: our reorder points did not allow for the supplier's lead time of {reorderDays} days.",
    },
  ],
  correctiveActions: [
    {
      id: 'reviewed-cancellations',
      appliesTo: 'always',
      en: 'We reviewed the {defectCount} cancelled orders ({defectOrderIds}) and found for each why the item was not available.',
      zh: '逐一检查了被取消订单缺货的原因。',
      date: 'today',
      covers: { orderIds: 'defectOrderIds', count: 'defectCount' },
      onlyIf: 'defectCount',
      evidence: ['order'],
    },
    {
      id: 'reconciled-stock',
      appliesTo: 'always',
      en: 'On {stockSyncedOn}, we counted our warehouse stock and corrected the quantity of {skuCount} SKUs on Amazon to match it.',
      zh: '盘点仓库并修正了亚马逊上的库存数量。',
      date: 'stockSyncedOn',
      covers: { count: 'skuCount' },
      evidence: ['other'],
    },
    {
      id: 'set-reorder-points',
      appliesTo: ['reorder-late'],
      en: "On {stockSyncedOn}, we set a reorder point for each SKU that covers the supplier's lead time of {reorderDays} days.",
      zh: '为每个 SKU 设置了覆盖供应商交期的补货点。',
      date: 'stockSyncedOn',
    },
  ],
  preventiveMeasures: [
    {
      id: 'stock-sync',
      appliesTo: 'always',
      en: '{stockOwner} keeps Amazon quantities in step with the warehouse through {stockTool} and counts the stock {stockCountFrequency}.',
      zh: '通过工具同步库存，并定期盘点。',
      owner: '{stockOwner}',
      frequency: 'on every stock movement, with a full count {stockCountFrequency}',
      system: '{stockTool}',
    },
    {
      id: 'cancel-review',
      appliesTo: 'always',
      en: 'Before any order is cancelled, {stockOwner} checks whether the item can be sourced in time, and records the cause of each cancellation the same day.',
      zh: '取消订单前先确认能否及时补货，并当天记录取消原因。',
      owner: '{stockOwner}',
      frequency: 'for every order at risk of cancellation',
      system: 'a cancellation log reviewed every week',
    },
    {
      id: 'reorder-point',
      appliesTo: ['reorder-late'],
      en: "{stockOwner} reorders a SKU when its stock falls to the quantity it sells in {reorderDays} days plus one week.",
      zh: '库存降到交期销量加一周时补货。',
      owner: '{stockOwner}',
      frequency: 'every week',
      system: '{stockTool}',
    },
  ],
  evidence: [
    { id: 'inventory-report', kind: 'other', en: 'Inventory report after the stock count', zh: '盘点后的库存报告' },
    { id: 'purchase-orders', kind: 'invoice', en: 'Purchase orders for the restocked SKUs', zh: '补货 SKU 的采购订单' },
    { id: 'sync-screenshot', kind: 'screenshot', en: 'Screenshot of the inventory sync settings', zh: '库存同步设置的截图' },
  ],
  notes: [
    {
      id: 'cr.buyer-requested',
      en: 'Cancellations requested by the buyer through Amazon do not count toward this rate; the ones you start do.',
      zh: '买家通过亚马逊申请的取消不计入取消率；您主动取消的才计入。',
    },
  ],
};
