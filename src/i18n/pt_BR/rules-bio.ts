import type {RuleTexts} from '../catalog.js';
import {bioSteps} from './fix-steps.js';

// What the user's own bio shows, by kind (src/core/rules/bio-*.ts; the fields of src/core/bio/scan-bio.ts).
export const bioRules: Readonly<Record<string, RuleTexts>> = {
	'bio-address': {
		title: 'Sua bio parece mostrar um endereço',
		why: 'Um endereço residencial permite transformar um contato online em perseguição ou em um roubo; 7–8% dos usuários de redes sociais publicaram o seu (Consumer Reports, 2010).',
		ok: 'Sua bio não tem nada que pareça um endereço.',
		exposures: {shown: 'Sua bio mostra o que parece ser um endereço para {audience:para}'},
		steps: bioSteps('o endereço'),
	},
	'bio-phone': {
		title: 'Sua bio mostra um número de telefone',
		why: 'Um número visível atrai ligações de golpe, SMS de phishing e tentativas de clonar seu chip (SIM swap), e permite que encontrem suas outras contas por ele; dados raspados do Facebook ligaram 533 milhões de números de telefone a perfis (Facebook, abril de 2021).',
		ok: 'Sua bio não tem nenhum número de telefone.',
		exposures: {shown: 'Sua bio mostra um número de telefone para {audience:para}'},
		steps: bioSteps('o número de telefone'),
	},
	'bio-age-or-school': {
		title: 'Sua bio diz quantos anos você tem ou onde você estuda',
		why: 'Uma idade avisa a desconhecidos que estão falando com uma criança, e uma escola dá um lugar previsível para encontrá-la todo dia: 71% dos adolescentes publicaram o nome da escola (Pew Research, 2013).',
		ok: 'Sua bio não menciona sua idade nem sua escola.',
		exposures: {
			'age-and-school': 'Sua bio mostra sua idade e sua escola para {audience:para}',
			age: 'Sua bio mostra sua idade ou seu ano escolar para {audience:para}',
			school: 'Sua bio mostra sua escola para {audience:para}',
		},
		steps: bioSteps('sua idade, seu ano escolar e o nome da sua escola'),
	},
	'bio-full-date': {
		title: 'Sua bio mostra uma data completa, com o ano',
		why: 'Se for o seu aniversário, um texto assim anula a configuração do perfil que o esconde: 42% dos usuários do Facebook expunham a data de nascimento completa, com o ano (Consumer Reports, 2010).',
		ok: 'Sua bio não tem nenhuma data completa.',
		exposures: {shown: 'Sua bio mostra uma data completa (dia, mês e ano) para {audience:para}'},
		steps: bioSteps('a data (ou pelo menos o ano)'),
	},
	'bio-email': {
		title: 'Sua bio mostra um endereço de e-mail',
		why: 'Um endereço de e-mail visível alimenta phishing e ataques à recuperação de conta, e permite procurar suas outras contas por ele (Twitter, agosto de 2022).',
		ok: 'Sua bio não tem nenhum endereço de e-mail, ou só suas conexões o veem.',
		exposures: {shown: 'Sua bio mostra um endereço de e-mail para {audience:para}'},
		steps: bioSteps('o endereço de e-mail'),
	},
};
