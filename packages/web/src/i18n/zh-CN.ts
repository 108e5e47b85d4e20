import type { Catalogue } from './en.ts';

/** 简体中文目录：与英文目录的键完全相同（有测试检查）。 */
export const zhCN: Catalogue = {
  app: { name: 'Reinstate', tagline: '亚马逊卖家的账户健康与申诉工具' },
  language: { label: '语言', en: 'English', 'zh-CN': '简体中文' },
  health: {
    title: '安装状态',
    loading: '正在检查安装状态…',
    ok: '一切正常。',
    pending: '有尚未执行的数据库迁移。',
    failed: '服务器没有响应：{{message}}',
    version: '版本',
    database: '数据库',
    migrations: '已执行的迁移',
    pendingCount: '待执行的迁移',
    kinds: { pglite: '内置 PostgreSQL（PGlite）', postgres: 'PostgreSQL 服务器' },
  },
};
