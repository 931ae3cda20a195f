import type { Language, MailTemplate } from '@concerto/contracts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailParams {
  password_reset: { fullName: string; link: string; hours: number };
  invitation: { fullName: string; link: string; days: number; invitedBy: string };
}

/** HTML-escapes text put into a message (names typed by people, links). */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface Parts {
  subject: string;
  greeting: string;
  paragraphs: string[];
  link: string;
  button: string;
  footer: string;
}

const TEMPLATES: { [T in MailTemplate]: (p: MailParams[T], lang: Language) => Parts } = {
  password_reset: (p, lang) =>
    lang === 'en'
      ? {
          subject: 'Concerto: choose a new password',
          greeting: `Hello ${p.fullName},`,
          paragraphs: [`Someone asked to reset the password of your Concerto account. The link below lets you choose a new one; it works once, for ${p.hours} hour(s).`],
          link: p.link,
          button: 'Choose a new password',
          footer: 'If you did not ask for this, ignore this message: your password stays as it is.',
        }
      : {
          subject: 'Concerto : choisir un nouveau mot de passe',
          greeting: `Bonjour ${p.fullName},`,
          paragraphs: [`Une demande de réinitialisation du mot de passe de votre compte Concerto a été faite. Le lien ci-dessous permet d'en choisir un nouveau ; il ne sert qu'une fois, pendant ${p.hours} heure(s).`],
          link: p.link,
          button: 'Choisir un nouveau mot de passe',
          footer: "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
        },
  invitation: (p, lang) =>
    lang === 'en'
      ? {
          subject: 'Concerto: your account is ready',
          greeting: `Hello ${p.fullName},`,
          paragraphs: [`${p.invitedBy} created your account on Concerto, the federation's governance portal. Choose your password with the link below; it works once, for ${p.days} days.`],
          link: p.link,
          button: 'Choose my password',
          footer: 'If you were not expecting this invitation, ignore this message.',
        }
      : {
          subject: 'Concerto : votre compte est prêt',
          greeting: `Bonjour ${p.fullName},`,
          paragraphs: [`${p.invitedBy} a créé votre compte sur Concerto, le portail de gouvernance de la fédération. Choisissez votre mot de passe avec le lien ci-dessous ; il ne sert qu'une fois, pendant ${p.days} jours.`],
          link: p.link,
          button: 'Choisir mon mot de passe',
          footer: "Si vous n'attendiez pas cette invitation, ignorez ce message.",
        },
};

/** A message in the recipient's language: subject, plain text and simple HTML (every value escaped). */
export function renderMail<T extends MailTemplate>(template: T, params: MailParams[T], language: Language): RenderedMail {
  const m = TEMPLATES[template](params, language);
  const text = [m.greeting, '', ...m.paragraphs, '', m.link, '', m.footer, '', '— Concerto'].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a;">',
    `<p>${escapeHtml(m.greeting)}</p>`,
    ...m.paragraphs.map((t) => `<p>${escapeHtml(t)}</p>`),
    `<p><a href="${escapeHtml(m.link)}" style="display: inline-block; padding: 10px 16px; background: #1d4ed8; color: #fff; text-decoration: none; border-radius: 4px;">${escapeHtml(m.button)}</a></p>`,
    `<p style="font-size: 0.9em;">${escapeHtml(m.link)}</p>`,
    `<p style="font-size: 0.9em; color: #555;">${escapeHtml(m.footer)}</p>`,
    '<p>— Concerto</p></body></html>',
  ].join('\n');
  return { subject: m.subject, text, html };
}
