import type { Playbook } from './playbook.ts';

/** Valid Tracking Rate: seller-fulfilled shipments with a tracking number that shows a carrier scan. */
export const validTrackingPlaybook: Playbook = {
  id: 'valid-tracking',
  causes: ['performance.valid-tracking-rate'],
  title: { en: 'Valid Tracking Rate', zh: '有效追踪率' },
  problem: 'our Valid Tracking Rate',
  questions: [
    {
      id: 'carrier',
      en: 'Which carrier and service do you use now?',
      zh: '您现在使用哪家承运商和哪种服务？',
      help: { en: 'For example "UPS Ground".', zh: '例如“UPS Ground”。' },
      type: 'text',
    },
    {
      id: 'carrierChangedOn',
      en: 'On what date did you change carrier or service?',
      zh: '您在哪一天更换了承运商或服务？',
      help: { en: 'The date of the first shipment with the new carrier.', zh: '使用新承运商发出第一单的日期。' },
      type: 'date',
    },
    {
      id: 'trackingFixedOn',
      en: 'On what date did you correct the tracking details of open shipments?',
      zh: '您在哪一天修正了未完成订单的追踪信息？',
      help: { en: 'The date the corrections were saved.', zh: '修正保存的日期。' },
      type: 'date',
    },
    {
      id: 'trackingOwner',
      en: 'Who confirms shipments with tracking numbers?',
      zh: '由谁上传追踪号确认发货？',
      help: { en: 'A role, for example "our shipping clerk".', zh: '写职位即可，例如“发货专员”。' },
      type: 'text',
    },
    {
      id: 'uploadMethod',
      en: 'How are tracking numbers uploaded?',
      zh: '追踪号是怎样上传的？',
      help: { en: 'For example "Buy Shipping in Seller Central" or the name of your shipping software.', zh: '例如“Seller Central 的购买配送”或您使用的发货软件。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'wrong-carrier-name',
      label: { en: 'Wrong carrier name or tracking number', zh: '承运商名称或追踪号错误' },
      en: 'Tracking numbers were uploaded with the wrong carrier name or with typing errors, so {defectCount} shipments had no valid tracking.',
    },
    {
      id: 'no-scan',
      label: { en: 'Carrier did not scan parcels', zh: '承运商没有扫描包裹' },
      en: 'Our carrier did not scan parcels at collection, so tracking showed no movement for days.',
    },
    {
      id: 'untracked-service',
      label: { en: 'Untracked shipping service used', zh: '使用了无追踪的配送服务' },
      en: 'Some orders were shipped with a service that has no tracking.',
    },
  ],
  correctiveActions: [
    {
      id: 'reviewed-shipments',
      appliesTo: 'always',
      en: 'We reviewed the {defectCount} shipments without valid tracking ({defectOrderIds}) and found why each one failed.',
      zh: '逐一检查了无有效追踪的发货原因。',
      date: 'today',
      covers: { orderIds: 'defectOrderIds', count: 'defectCount' },
      onlyIf: 'defectCount',
      evidence: ['order', 'tracking'],
    },
    {
      id: 'corrected-tracking',
      appliesTo: ['wrong-carrier-name'],
      en: 'On {trackingFixedOn}, we corrected the carrier name and tracking number of every shipment still in transit.',
      zh: '修正了运输中订单的承运商名称和追踪号。',
      date: 'trackingFixedOn',
      evidence: ['tracking'],
    },
    {
      id: 'changed-carrier',
      appliesTo: ['no-scan', 'untracked-service'],
      en: 'On {carrierChangedOn}, we moved all seller-fulfilled orders to {carrier}, a tracked service that scans each parcel at collection.',
      zh: '所有自发货订单改用取件即扫描的有追踪服务。',
      date: 'carrierChangedOn',
      evidence: ['tracking'],
    },
  ],
  preventiveMeasures: [
    {
      id: 'upload-at-confirmation',
      appliesTo: 'always',
      en: '{trackingOwner} confirms every shipment with the carrier name and tracking number when the parcel is handed over, through {uploadMethod}.',
      zh: '交接包裹时即上传承运商名称和追踪号。',
      owner: '{trackingOwner}',
      frequency: 'for every shipment',
      system: '{uploadMethod}',
    },
    {
      id: 'first-scan-check',
      appliesTo: 'always',
      en: '{trackingOwner} checks the next business day that every parcel shows a first scan, and follows up with {carrier} on any that does not.',
      zh: '次个工作日检查每个包裹是否有首次扫描，没有的立即跟进承运商。',
      owner: '{trackingOwner}',
      frequency: 'every business day',
      system: "the carrier's tracking page and the Valid Tracking Rate on the Account Health page",
    },
  ],
  evidence: [
    { id: 'tracking-records', kind: 'tracking', en: 'Tracking history of the affected shipments', zh: '相关包裹的追踪记录' },
    { id: 'carrier-agreement', kind: 'other', en: 'Agreement or account page with the new carrier', zh: '与新承运商的协议或账户页面' },
    { id: 'upload-screenshot', kind: 'screenshot', en: 'Screenshot of a shipment confirmed with tracking', zh: '带追踪号确认发货的截图' },
  ],
  notes: [
    {
      id: 'vtr.fba-buy-shipping',
      en: 'For listings that keep failing, Fulfilment by Amazon or Buy Shipping takes the tracking out of your hands. Mention it in the plan only once you have done it.',
      zh: '对一直出问题的商品，可以考虑亚马逊物流（FBA）或购买配送，由亚马逊负责追踪。只有真正实施后才写进申诉。',
    },
  ],
};
