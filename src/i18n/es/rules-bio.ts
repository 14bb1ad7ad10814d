import type {RuleTexts} from '../catalog.js';
import {bioSteps} from './fix-steps.js';

// What the user's own bio shows, by kind (src/core/rules/bio-*.ts; the fields of src/core/bio/scan-bio.ts).
export const bioRules: Readonly<Record<string, RuleTexts>> = {
	'bio-address': {
		title: 'Parece que tu biografía muestra una dirección',
		why: 'Una dirección de casa permite convertir un contacto en línea en acoso o en un robo; entre el 7 y el 8 % de los usuarios de redes sociales había publicado la suya (Consumer Reports, 2010).',
		ok: 'En tu biografía no hay nada que parezca una dirección.',
		exposures: {shown: 'En tu biografía, algo que parece una dirección es visible para {audience:in}'},
		steps: bioSteps('la dirección'),
	},
	'bio-phone': {
		title: 'Tu biografía muestra un número de teléfono',
		why: 'Un número visible atrae llamadas de estafa, mensajes de phishing e intentos de duplicar tu SIM, y permite encontrar tus otras cuentas con él; los datos extraídos de Facebook vincularon 533 millones de números de teléfono a perfiles (Facebook, abril de 2021).',
		ok: 'Tu biografía no contiene ningún número de teléfono.',
		exposures: {shown: 'En tu biografía, un número de teléfono es visible para {audience:in}'},
		steps: bioSteps('el número de teléfono'),
	},
	'bio-age-or-school': {
		title: 'Tu biografía dice cuántos años tienes o a qué escuela vas',
		why: 'Una edad les dice a los desconocidos que están hablando con un menor, y una escuela les da un lugar predecible donde encontrarlo cada día: el 71 % de los adolescentes publicaba el nombre de su escuela (Pew Research, 2013).',
		ok: 'Tu biografía no menciona tu edad ni tu escuela.',
		exposures: {
			'age-and-school': 'En tu biografía, tu edad y tu escuela son visibles para {audience:in}',
			age: 'En tu biografía, tu edad o tu curso son visibles para {audience:in}',
			school: 'En tu biografía, tu escuela es visible para {audience:in}',
		},
		steps: bioSteps('tu edad, tu curso y el nombre de tu escuela'),
	},
	'bio-full-date': {
		title: 'Tu biografía muestra una fecha completa, con el año',
		why: 'Si es tu cumpleaños, un texto así anula el ajuste del perfil que lo oculta: el 42 % de los usuarios de Facebook mostraba su fecha de nacimiento completa, con el año (Consumer Reports, 2010).',
		ok: 'Tu biografía no contiene ninguna fecha completa.',
		exposures: {shown: 'En tu biografía, una fecha completa (día, mes y año) es visible para {audience:in}'},
		steps: bioSteps('la fecha (o al menos su año)'),
	},
	'bio-email': {
		title: 'Tu biografía muestra un correo electrónico',
		why: 'Un correo visible alimenta el phishing y los ataques de recuperación de cuentas, y permite buscar tus otras cuentas con él (Twitter, agosto de 2022).',
		ok: 'Tu biografía no contiene ningún correo electrónico, o solo lo ven tus contactos.',
		exposures: {shown: 'En tu biografía, un correo electrónico es visible para {audience:in}'},
		steps: bioSteps('el correo electrónico'),
	},
};
