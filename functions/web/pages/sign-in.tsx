import type { Lang } from '../../../shared/core/types.js';
import { CsrfField } from '../layout.js';
import { COMMON_TEXTS } from '../texts/common-texts.js';
import { translator } from '../texts/translate.js';

/** The sign-in form: one password-type field for the token (never pre-filled, never echoed). */
export function SignInPage(props: { lang: Lang; csrf: string; error?: string; notice?: string }) {
  const tr = translator(COMMON_TEXTS, props.lang);
  return (
    <section class="card">
      {props.notice ? (
        <p class="notice ok" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{tr('signInIntro')}</p>
      <form method="post" action="/signin">
        <CsrfField token={props.csrf} />
        <div class={props.error ? 'has-error' : undefined}>
          <label for="token">{tr('tokenLabel')}</label>
          <p class="hint" id="token-hint">
            {tr('tokenHint')}
          </p>
          {props.error ? (
            <p class="field-error" id="token-error" role="alert">
              {props.error}
            </p>
          ) : null}
          <input
            type="password"
            id="token"
            name="token"
            required
            autocomplete="off"
            spellcheck={false}
            aria-describedby={props.error ? 'token-hint token-error' : 'token-hint'}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </div>
        <button type="submit">{tr('signInButton')}</button>
      </form>
    </section>
  );
}
