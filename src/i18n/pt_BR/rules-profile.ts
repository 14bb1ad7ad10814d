import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinContactSteps, linkedinSteps, xBirthdaySteps, youtubeStudioSteps} from './fix-steps.js';

// Profile details: birthday, places, contact details (src/core/rules/*.ts, family birthdate/location/contact).
export const profileRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-and-hometown': {
		title: 'Sua data de nascimento completa e o lugar de onde você vem aparecem juntos',
		why: 'Data e local de nascimento bastaram para prever os cinco primeiros dígitos do Social Security (o "CPF" americano) de 44% dos americanos nascidos depois de 1988 (Acquisti e Gross, PNAS 2009), e são a dupla clássica para confirmar identidade.',
		ok: 'Ninguém além de você vê sua data de nascimento completa junto com sua cidade natal ou sua cidade atual.',
		exposures: {
			'with-hometown': 'Sua data de nascimento completa e sua cidade natal estão visíveis para {audience:para}',
			'with-current-city': 'Sua data de nascimento completa e sua cidade atual estão visíveis para {audience:para}',
		},
		steps: {facebook: facebookSteps.birthday},
	},
	'address-visible': {
		title: 'Seu endereço residencial está no seu perfil',
		why: 'Um endereço residencial transforma um contato online em alguém batendo à sua porta; 7% dos adultos usuários de redes sociais tinham publicado o seu (Consumer Reports, State of the Net 2010).',
		ok: 'Nenhum endereço residencial está visível no seu perfil.',
		exposures: {visible: 'Seu endereço residencial está visível para {audience:para}'},
		steps: {
			facebook: [...facebookSteps.contact('Endereço').slice(0, 2), 'Ao lado do seu endereço, escolha Editar › Excluir (ou defina o público como "Somente eu").'],
			linkedin: linkedinContactSteps('Apague o endereço.'),
		},
	},
	'birthdate-visible': {
		title: 'Sua data de nascimento completa, ou sua idade, está no seu perfil',
		why: 'A data de nascimento completa é uma resposta clássica para confirmar identidade e, junto com o CEP e o sexo, identifica 87% dos americanos (Sweeney, 2000); no caso de um adolescente, uma idade visível avisa a desconhecidos que estão falando com uma criança.',
		ok: 'Seu ano de nascimento está oculto, então nem sua data de nascimento completa nem sua idade aparecem no seu perfil.',
		exposures: {
			'year-visible': 'Seu ano de nascimento (sua idade) está visível para {audience:para}',
			'full-date-visible': 'Sua data de nascimento completa (dia, mês e ano) está visível para {audience:para}',
			'date-visible': 'Sua data de nascimento completa está visível para {audience:para}',
		},
		steps: {facebook: facebookSteps.birthday, x: xBirthdaySteps,
			linkedin: linkedinContactSteps('Em "Aniversário", escolha quem pode ver: "Somente você" (ou apague o aniversário).')},
	},
	'birthdate-line-x': {
		title: 'Seu perfil no X mostra uma linha "Nascido(a) em …"',
		why: 'Sua data de nascimento, ou parte dela, aparece para outras pessoas além de você, e no caso de um adolescente uma idade visível avisa a desconhecidos que estão falando com uma criança; uma data completa com CEP e sexo identifica 87% dos americanos (Sweeney, 2000).',
		ok: 'Seu perfil no X não mostra nenhuma linha "Nascido(a) em …": não há data de nascimento, ou só você pode vê-la.',
		exposures: {shown: 'Seu perfil mostra uma linha "Nascido(a) em …" para outras pessoas além de você'},
		steps: {x: xBirthdaySteps},
	},
	'phone-visible': {
		title: 'Seu número de telefone está no seu perfil',
		why: 'Um número visível atrai ligações de golpe, SMS de phishing e tentativas de clonar seu chip (SIM swap); dados raspados do Facebook ligaram 533 milhões de números de telefone a perfis (Facebook, abril de 2021).',
		ok: 'Seu número de telefone está visível só para você, ou não está no seu perfil.',
		exposures: {visible: 'Seu número de telefone está visível para {audience:para}'},
		steps: {facebook: facebookSteps.contact('Celular'), linkedin: linkedinContactSteps('Apague o número de telefone.')},
	},
	'email-visible': {
		title: 'Seu endereço de e-mail está visível para além dos seus amigos',
		why: 'Um endereço de e-mail visível alimenta phishing e ataques à recuperação de conta, e liga suas contas em sites diferentes.',
		ok: 'Seu endereço de e-mail está visível só para amigos, ou para menos gente.',
		exposures: {visible: 'Seu endereço de e-mail está visível para {audience:para}'},
		steps: {
			facebook: facebookSteps.contact('E-mail'),
			linkedin: linkedinSteps(['Visibilidade', 'Quem pode ver ou baixar seu endereço de e-mail'],
				'Escolha "Visível somente para mim" ou "Conexões de 1º grau" e desative a chave que deixa as conexões exportarem seu endereço de e-mail.'),
			youtube: youtubeStudioSteps('Em "Informações de contato", apague o endereço de e-mail.'),
		},
	},
	'hometown-public': {
		title: 'Qualquer pessoa pode ver sua cidade natal',
		why: 'O local de nascimento é o segundo dado usado para prever o número do Social Security americano (Acquisti e Gross, 2009) e uma resposta comum a perguntas de segurança.',
		ok: 'Sua cidade natal não está pública.',
		exposures: {public: 'Sua cidade natal está visível para qualquer pessoa (Público)'},
		steps: {facebook: facebookSteps.places('Cidade natal')},
	},
	'current-city-public': {
		title: 'Qualquer pessoa pode ver a cidade onde você mora',
		why: 'Sua cidade ajuda a descobrir quem você é e, no caso de um adolescente, onde encontrá-lo: 71% dos adolescentes publicam sua cidade (Pew Research, 2013).',
		ok: 'Sua cidade atual não está pública.',
		exposures: {public: 'Sua cidade atual está visível para qualquer pessoa (Público)'},
		steps: {
			facebook: facebookSteps.places('Cidade atual'),
			x: ['Abra seu perfil e escolha "Editar perfil".', 'Apague "Localização" ou deixe-a mais vaga (uma região em vez de uma cidade).', 'Selecione "Salvar".'],
		},
	},
};
