import { z } from 'astro/zod';

// Staff read validation errors: zod's own messages in Chinese, ours are written in Chinese.
z.config(z.locales.zhCN());
