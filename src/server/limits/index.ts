import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { RequestLimits } from '../../config';
import { aliasLimitRule } from './aliasLimit';
import { costLimitPlugin } from './costLimitPlugin';
import { depthLimitRule } from './depthLimit';
import { directiveLimitRule } from './directiveLimit';

/**
 * The limits of README "Limits", as Apollo wiring: validation rules for what the document alone
 * decides (depth, aliases, directives), a plugin for the cost (it needs the variables). Tokens are
 * a parser option (tokenLimit.ts), the body size an Express middleware (bodyLimit.ts).
 */
export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  return [depthLimitRule(limits.depth), aliasLimitRule(limits.aliases), directiveLimitRule(limits.directives)];
}

export function limitPlugins(limits: RequestLimits): ApolloServerPlugin[] {
  return [costLimitPlugin(limits.cost)];
}

export { bodyErrors, jsonBody } from './bodyLimit';
export { describeTokenLimit, tokenParseOptions } from './tokenLimit';
