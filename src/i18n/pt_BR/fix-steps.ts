// Brazilian Portuguese counterparts of src/core/rules/fix-steps.ts. Quoted labels are the sites' Brazilian
// UI words: X's from its shipped Portuguese web client (DzikStar/X-SCRAPER client-web/i18n/pt.js, 2025, H);
// Facebook, Instagram, LinkedIn and TikTok's are best-known wordings of their Brazilian UIs, unverified
// (M where widely documented, L otherwise, said where they are used).

// Facebook: "Sobre", "Informações de contato e básicas", "Lugares onde morou", "Somente eu" (M).
const aboutSteps = (section: string, row: string, audience: string): string[] => [
	'Abra seu perfil e escolha Sobre.',
	`Abra "${section}".`,
	`Ao lado de "${row}", selecione o ícone de público.`,
	`Escolha "${audience}" e depois Salvar.`,
];

// "Configurações e privacidade › Configurações" (H); "Como as pessoas encontram e contatam você" (M).
const facebookSettings = 'Abra Configurações e privacidade › Configurações.';
const findAndContact = 'Abra "Como as pessoas encontram e contatam você".';

export const facebookSteps = {
	birthday: [...aboutSteps('Informações de contato e básicas', 'Ano de nascimento', 'Somente eu'), 'Faça o mesmo com "Data de nascimento": escolha "Amigos" ou "Somente eu".'],
	places: (row: string) => aboutSteps('Lugares onde morou', row, 'Somente eu'),
	contact: (row: string) => aboutSteps('Informações de contato e básicas', row, 'Somente eu'),
	findAndContact: (question: string, answer: string) => [facebookSettings, findAndContact, `Em "${question}", selecione o público.`, `Escolha "${answer}".`],
	// "Perfil e marcação" (M).
	profileAndTagging: (question: string, answer: string) => [facebookSettings, 'Abra "Perfil e marcação".', `Em "${question}", escolha "${answer}".`],
	settings: facebookSettings,
	findAndContactPage: findAndContact,
};

/** X: Mais › Configurações e privacidade › Privacidade e segurança › <section> › <page> (H). */
export const xSteps = (trail: readonly string[], action: string): string[] =>
	['Abra Mais › Configurações e privacidade › Privacidade e segurança.', ...trail.map(step => `Abra "${step}".`), action];

export const xBirthdaySteps = [
	'Abra seu perfil e escolha "Editar perfil".',
	'Selecione "Data de nascimento" e depois "Editar".',
	'Em "Quem pode ver isso?", defina "Ano" como "Somente você".',
	'Defina "Mês e dia" como "Vocês seguem um ao outro" ou "Somente você" e depois Salvar.',
];

/** Configurações › Privacidade do YouTube: ative uma das chaves que mantêm algo privado. */
export const youtubePrivacySteps = (what: string): string[] =>
	['No youtube.com, abra sua foto de perfil › Configurações e depois "Privacidade".', `Ative a chave para ${what}.`, 'A mudança é salva na hora.'];

/** O que a seção Sobre do seu canal mostra é mudado no YouTube Studio, em Personalizar canal, aba Perfil. */
export const youtubeStudioSteps = (action: string): string[] =>
	['No seu canal, selecione "Personalizar canal": o YouTube Studio abre.', 'Abra a aba "Perfil".', action, 'Selecione "Publicar".'];

/** LinkedIn: Eu › Configurações e privacidade › <section> › <row> (M). */
export const linkedinSteps = (trail: readonly string[], action: string): string[] =>
	['Abra Eu › Configurações e privacidade.', ...trail.map(step => `Abra "${step}".`), action];

// LinkedIn contact info: "Informações de contato" (M), the pencil's "Editar informações de contato" (L).
export const linkedinContactSteps = (action: string): string[] =>
	['Abra seu perfil e selecione "Informações de contato".', 'Selecione o lápis ("Editar informações de contato").', action, 'Selecione "Salvar".'];

// TikTok's app path "Perfil › ☰ › Configurações e privacidade › Privacidade" (support.tiktok.com/pt-BR, M);
// the web settings' Brazilian wordings are unverified (L).
export const tiktokAppSteps = (row: string, action: string): string[] =>
	['No aplicativo TikTok, abra Perfil › ☰ › Configurações e privacidade › Privacidade.', `Abra "${row}".`, action];

export const tiktokWebSteps = (row: string, action: string): string[] =>
	['No tiktok.com, abra sua foto de perfil › Configurações e depois a aba "Privacidade".', `Encontre "${row}".`, action];

// Taking something out of the bio: X's "Editar perfil", "Bio", "Salvar" (H); Instagram's
// "Editar perfil", "Bio", "Enviar" (M).
export const bioSteps = (what: string): Readonly<Record<string, readonly string[]>> => ({
	x: ['Abra seu perfil e escolha "Editar perfil".', `Em "Bio", apague ${what}.`, 'Selecione "Salvar".'],
	instagram: ['Abra seu perfil e escolha "Editar perfil".', `Em "Bio", apague ${what}.`, 'Selecione "Enviar".'],
	youtube: youtubeStudioSteps(`Em "Descrição", apague ${what}.`),
});

/** Fixes made in a phone app, along the guided question's Brazilian path (src/i18n/pt_BR/questions.ts, with its confidence). */
export const appSteps = (app: string, path: readonly string[], action: string): string[] =>
	[`Abra o aplicativo ${app}.`, `Vá em ${path.join(' › ')}.`, action];

/** Reddit na web: avatar › Configurações, depois uma aba ("Privacidade", "Perfil") e o que fazer lá. */
export const redditSteps = (tab: string, action: string): string[] =>
	['No reddit.com, abra seu avatar › Configurações.', `Abra a aba "${tab}".`, action];
