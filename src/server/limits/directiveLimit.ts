import type { ValidationRule } from 'graphql';
import { limitExceeded } from './limitError';

/**
 * Refuses a document with more than `max` directives in all (`@skip`, `@include`, ...). Counted over
 * the whole document as written: the harm of a directive flood is the work of validating it, which
 * happens whether or not an operation uses the fragment that carries them.
 */
export function directiveLimitRule(max: number): ValidationRule {
  return (context) => {
    let count = 0;
    return {
      Directive() {
        count += 1;
      },
      Document: {
        leave(document) {
          if (count > max) context.reportError(limitExceeded('directives', count, max, document.definitions[0]));
        },
      },
    };
  };
}
