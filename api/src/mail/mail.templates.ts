import { FEDERATION_TIME_ZONE, type Language, type MailTemplate } from '@concerto/contracts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailParams {
  password_reset: { fullName: string; link: string; hours: number };
  invitation: { fullName: string; link: string; days: number; invitedBy: string };
  board_convocation: { fullName: string; startsAt: string; place: string | null; videoUrl: string | null; agendaFr: string[]; agendaEn: string[]; link: string };
  assembly_convocation: {
    fullName: string;
    memberName: string;
    kind: 'annual' | 'special';
    titleFr: string;
    titleEn: string;
    startsAt: string;
    place: string | null;
    videoUrl: string | null;
    agendaFr: string[];
    agendaEn: string[];
    link: string;
  };
}

/** A meeting's date and time as people read it, in the federation's time zone. */
export function meetingWhen(startsAt: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'full', timeStyle: 'short', timeZone: FEDERATION_TIME_ZONE }).format(new Date(startsAt));
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
  board_convocation: (p, lang) => {
    const agenda = (lang === 'en' ? p.agendaEn : p.agendaFr).map((t, i) => `${i + 1}. ${t}`);
    return lang === 'en'
      ? {
          subject: `Concerto: board meeting on ${meetingWhen(p.startsAt, 'en')}`,
          greeting: `Hello ${p.fullName},`,
          paragraphs: [
            `You are convened to a meeting of the board of directors on ${meetingWhen(p.startsAt, 'en')}.`,
            ...(p.place ? [`Place: ${p.place}`] : []),
            ...(p.videoUrl ? [`Video link: ${p.videoUrl}`] : []),
            ...(agenda.length ? ['Agenda:', ...agenda] : []),
            'The meeting documents are in the portal.',
          ],
          link: p.link,
          button: 'See the meeting',
          footer: 'You receive this message as a member of the board of directors.',
        }
      : {
          subject: `Concerto : réunion du conseil le ${meetingWhen(p.startsAt, 'fr')}`,
          greeting: `Bonjour ${p.fullName},`,
          paragraphs: [
            `Vous êtes convoqué·e à une réunion du conseil d'administration le ${meetingWhen(p.startsAt, 'fr')}.`,
            ...(p.place ? [`Lieu : ${p.place}`] : []),
            ...(p.videoUrl ? [`Lien de visioconférence : ${p.videoUrl}`] : []),
            ...(agenda.length ? ['Ordre du jour :', ...agenda] : []),
            'Les documents de la réunion sont dans le portail.',
          ],
          link: p.link,
          button: 'Voir la réunion',
          footer: "Vous recevez ce message à titre de membre du conseil d'administration.",
        };
  },
  assembly_convocation: (p, lang) => {
    const agenda = (lang === 'en' ? p.agendaEn : p.agendaFr).map((t, i) => `${i + 1}. ${t}`);
    return lang === 'en'
      ? {
          subject: `Concerto: ${p.titleEn}, ${meetingWhen(p.startsAt, 'en')}`,
          greeting: `Hello ${p.fullName},`,
          paragraphs: [
            `As a delegate of ${p.memberName}, you are convened to the ${p.kind === 'annual' ? 'annual general assembly' : 'special general assembly'} of the federation, "${p.titleEn}", on ${meetingWhen(p.startsAt, 'en')}.`,
            ...(p.place ? [`Place: ${p.place}`] : []),
            ...(p.videoUrl ? [`Video link: ${p.videoUrl}`] : []),
            ...(agenda.length ? ['Agenda:', ...agenda] : []),
            'Register ahead in the portal, or give your proxy to a registered delegate if the bylaws allow it. The documents of the assembly are there too.',
          ],
          link: p.link,
          button: 'See the assembly',
          footer: 'You receive this message as the delegate of a member of the federation in good standing.',
        }
      : {
          subject: `Concerto : ${p.titleFr}, ${meetingWhen(p.startsAt, 'fr')}`,
          greeting: `Bonjour ${p.fullName},`,
          paragraphs: [
            `À titre de délégué·e de ${p.memberName}, vous êtes convoqué·e à l'${p.kind === 'annual' ? 'assemblée générale annuelle' : 'assemblée générale extraordinaire'} de la fédération, « ${p.titleFr} », le ${meetingWhen(p.startsAt, 'fr')}.`,
            ...(p.place ? [`Lieu : ${p.place}`] : []),
            ...(p.videoUrl ? [`Lien de visioconférence : ${p.videoUrl}`] : []),
            ...(agenda.length ? ['Ordre du jour :', ...agenda] : []),
            "Inscrivez-vous à l'avance dans le portail, ou donnez votre procuration à une personne déléguée inscrite si les règlements le permettent. Les documents de l'assemblée s'y trouvent aussi.",
          ],
          link: p.link,
          button: "Voir l'assemblée",
          footer: "Vous recevez ce message à titre de délégué·e d'un membre en règle de la fédération.",
        };
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
