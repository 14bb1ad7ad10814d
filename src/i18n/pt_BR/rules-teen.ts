import type {RuleTexts} from '../catalog.js';
import {xSteps} from './fix-steps.js';

// Conversation prompts for a teen and a parent (src/core/rules/teen-*.ts, family supervision). Meta
// calls its Teen Accounts "Contas de Adolescente" in Brazil (M).
export const teenRules: Readonly<Record<string, RuleTexts>> = {
	'teen-defaults-instagram': {
		title: 'Conversem: esta conta do Instagram é pública, embora as contas de adolescente comecem privadas',
		why: 'As Contas de Adolescente do Instagram são privadas por padrão, e menores de 16 anos precisam de um responsável para afrouxar isso (Meta, setembro de 2024); uma conta de adolescente pública quer dizer que isso foi combinado, ou que a idade da conta diz 18 anos ou mais, o que desliga todas as proteções para adolescentes.',
		ok: 'A conta é privada, como as Contas de Adolescente do Instagram começam.',
		exposures: {
			public: 'Abrir a conta foi combinado entre vocês? Se não foi, confira o aniversário da conta: se disser 18 anos ou mais, as proteções para adolescentes estão desligadas',
			'public-birthday-on-account': 'Abrir a conta foi combinado entre vocês? Se não foi, confira o aniversário em Central de Contas › Dados pessoais: se disser 18 anos ou mais, as proteções para adolescentes estão desligadas',
		},
		steps: {instagram: [
			'Decidam juntos se a conta deve ser pública.',
			'Para deixá-la privada: Mais (☰) › Configurações › "Privacidade da conta", ative "Conta privada".',
			'Se a idade estiver errada, corrija o aniversário em Central de Contas › Dados pessoais.',
		]},
	},
	'teen-defaults-x': {
		title: 'Conversem: estes posts do X são públicos, embora o X proteja os posts de adolescentes',
		why: 'O X protege por padrão os posts de menores de idade que ele conhece e não tem ferramenta para responsáveis; posts públicos significam que a proteção foi desativada, ou que o X não sabe que o dono da conta tem menos de 18 anos.',
		ok: 'Os posts estão protegidos, como o X os define para menores de idade que ele conhece.',
		exposures: {public: 'Desativar a proteção foi combinado entre vocês? Se a data de nascimento da conta disser 18 anos ou mais, o X a trata como conta de adulto'},
		steps: {x: xSteps(['Público, mídia e marcação'], 'Decidam juntos; para proteger os posts, ative "Proteger suas publicações". Se a idade estiver errada, corrija a data de nascimento em Editar perfil.')},
	},
	'teen-defaults-facebook': {
		title: 'Conversem: as novas publicações no Facebook vão além dos amigos, embora as contas de adolescente as limitem aos amigos',
		why: 'As Contas de Adolescente do Facebook são privadas, e menores de 16 anos precisam de um responsável para afrouxá-las (Meta, abril de 2025); publicações que vão além dos amigos significam que isso foi combinado, ou que a idade da conta diz 18 anos ou mais.',
		ok: 'As novas publicações vão para amigos, ou para menos gente, como as Contas de Adolescente do Facebook começam.',
		exposures: {'beyond-friends': 'As novas publicações vão para {audience:para}. Isso foi combinado entre vocês? Se não foi, confira o aniversário da conta'},
		steps: {facebook: [
			'Decidam juntos quem deve ver as novas publicações.',
			'Abra Configurações e privacidade › Configurações › "Publicações".',
			'Em "Quem pode ver suas publicações futuras?", escolha "Amigos".',
			'Se a idade estiver errada, corrija o aniversário em Central de Contas › Dados pessoais.',
		]},
	},
	'teen-age-on-account': {
		title: 'Conversem: o TikTok trata esta conta como de um adulto',
		why: 'As proteções do TikTok para adolescentes (conta privada por padrão abaixo de 16 anos, sem mensagens diretas abaixo de 16, downloads desativados) dependem da data de nascimento da conta (TikTok, 2021); uma conta cuja idade diz 18 anos ou mais não recebe nenhuma delas.',
		ok: 'O TikTok trata a conta como de um adolescente, então as proteções para adolescentes se aplicam.',
		exposures: {adult: 'O TikTok não trata esta conta como de alguém com menos de 18 anos: se o dono da conta for adolescente, as proteções para adolescentes estão desligadas'},
		steps: {tiktok: [
			'Confiram juntos com qual data de nascimento a conta foi criada.',
			'Se estiver errada, peça ao TikTok para corrigir (no aplicativo: Perfil › ☰ › Configurações e privacidade › Relatar um problema), ou crie uma conta nova com a data de nascimento certa.',
		]},
	},
	'google-timeline-teen-age': {
		title: 'Para conversar: a idade desta conta do Google pode indicar 18 anos ou mais',
		why: 'O Google mantém a Linha do tempo (Histórico de localização) desativada para menores de 18 anos e não permite ativá-la (Google, agosto de 2021); aqui ela está ativada, então a conta provavelmente informa uma idade adulta, e as proteções do Google para adolescentes (SafeSearch, sem anúncios por idade, gênero ou interesses) não se aplicam.',
		ok: 'A Linha do tempo está desativada, como o Google mantém para menores de 18 anos.',
		exposures: {adult: 'A Linha do tempo está ativada, o que o Google só permite em contas que informam 18 anos ou mais'},
		steps: {google: [
			'Vejam juntos qual data de nascimento a conta informa (myaccount.google.com › \'Informações pessoais\' › \'Data de nascimento\').',
			'Se estiver errada, corrijam lá, ou configurem a supervisão com o Family Link.',
			'Enquanto isso, desativem a Linha do tempo (Dados e privacidade › Configurações de histórico › Linha do tempo).',
		]},
	},
};
