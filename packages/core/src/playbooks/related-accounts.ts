import type { Playbook } from './playbook.ts';

/** Related accounts: this account is linked to another one Amazon has closed or restricted. */
export const relatedAccountsPlaybook: Playbook = {
  id: 'related-accounts',
  causes: ['policy.related-accounts'],
  title: { en: 'Related accounts', zh: '关联账户' },
  problem: 'the link between our account and another selling account',
  questions: [
    {
      id: 'linkedAccount',
      en: 'Which account is ours linked to, and how are the two related?',
      zh: '我们的账户和哪个账户关联？两者是什么关系？',
      help: { en: 'For example "the account ABC Trading, opened by our former partner". Be truthful.', zh: '例如“前合伙人开设的 ABC Trading 账户”。请如实填写。' },
      type: 'text',
    },
    {
      id: 'sharedDetail',
      en: 'What do the two accounts share?',
      zh: '两个账户共用了什么？',
      help: { en: 'A computer, a network, an address, a bank account, a person...', zh: '电脑、网络、地址、银行账户、人员……' },
      type: 'text',
    },
    {
      id: 'linkedStatus',
      en: 'What is the status of the linked account?',
      zh: '关联账户现在是什么状态？',
      help: { en: 'An appeal rarely succeeds while the linked account stays deactivated.', zh: '关联账户仍被停用时，申诉很少成功。' },
      type: 'choice',
      choices: [
        { id: 'active', en: 'active and in good standing', zh: '正常运营' },
        { id: 'reinstated', en: 'reinstated after its own appeal', zh: '申诉后已恢复' },
        { id: 'deactivated', en: 'deactivated', zh: '已被停用' },
        { id: 'closed', en: 'closed by its owner', zh: '已由所有者关闭' },
      ],
    },
    {
      id: 'separatedOn',
      en: 'On what date did you stop sharing anything with the linked account?',
      zh: '您在哪一天停止与关联账户共用任何东西？',
      help: { en: 'Only if you did.', zh: '只有确实做了才填写。' },
      type: 'date',
    },
    {
      id: 'accountOwner',
      en: 'Who manages this account?',
      zh: '谁管理这个账户？',
      help: { en: 'A name and role, for example "the owner, Zhang Min".', zh: '姓名和职位，例如“店主张敏”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'shared-resources',
      label: { en: 'The accounts shared a device, network or details', zh: '账户共用了设备、网络或信息' },
      en: 'Our account shared {sharedDetail} with {linkedAccount}, which linked the two accounts.',
    },
    {
      id: 'second-account',
      label: { en: 'A second account was opened without approval', zh: '未经批准开设了第二个账户' },
      en: 'We operated a second account, {linkedAccount}, without first asking Amazon for approval.',
    },
  ],
  correctiveActions: [
    {
      id: 'separated',
      appliesTo: 'always',
      en: 'On {separatedOn}, we stopped using any device, network, address or bank account shared with {linkedAccount}; the linked account is {linkedStatus}.',
      zh: '停止与关联账户共用任何设备、网络、地址或银行账户。',
      date: 'separatedOn',
      evidence: ['licence'],
    },
  ],
  preventiveMeasures: [
    {
      id: 'one-account',
      appliesTo: 'always',
      en: '{accountOwner} manages only this selling account, from devices, networks and a bank account used for no other selling account.',
      zh: '专人只管理本账户，使用不与其他账户共用的设备、网络和银行账户。',
      owner: '{accountOwner}',
      frequency: 'at all times',
      system: 'devices and a bank account registered to this business only',
    },
  ],
  evidence: [
    { id: 'business-documents', kind: 'licence', en: 'Business licence and identity of the account owner', zh: '营业执照和账户所有人身份证明' },
    { id: 'bank-statement', kind: 'other', en: "Bank statement of the account's own bank account", zh: '本账户独立银行账户的对账单' },
  ],
  notes: [
    {
      id: 'related.rarely-succeeds',
      en: 'Be honest with yourself: related-account appeals rarely succeed unless the linked account is reinstated first, or you can show with documents that the accounts are not related. If the linked account is deactivated, appeal that one first.',
      zh: '请实事求是：除非关联账户先恢复，或者您能用文件证明两个账户并无关联，否则关联账户申诉很少成功。如果关联账户被停用，请先为它申诉。',
    },
    {
      id: 'related.no-new-account',
      en: 'Do not open another account to get around a deactivation: it breaks Amazon policy and gets every linked account closed.',
      zh: '不要为绕过封号而开新账户：这违反亚马逊政策，会导致所有关联账户被关闭。',
    },
  ],
};
