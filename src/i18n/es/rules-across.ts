import type {RuleTexts} from '../catalog.js';

// Rules across accounts (src/core/rules/across/*.ts). They have no steps of their own: each site's
// part shows the Spanish steps of the one-site rule that fixes it there.
export const acrossRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-across-sites': {
		title: 'Tu fecha de nacimiento completa se puede reconstruir con dos de tus perfiles',
		why: 'Ocultar el año en un sitio no sirve si otro lo muestra: la fecha de nacimiento completa es una respuesta clásica para verificar la identidad y, con el código postal y el sexo, identifica al 87 % de los estadounidenses (Sweeney, 2000).',
		ok: 'Ningún par de tus perfiles muestra tu fecha de nacimiento completa a más personas que uno solo de ellos.',
		exposures: {pieced: 'Tu cumpleaños en {site} y tu año de nacimiento en {otherSite} son visibles para {audience:in}: juntos, son tu fecha de nacimiento completa'},
		steps: {},
	},
	'phone-shown-and-findable': {
		title: 'Tu número de teléfono se ve en un perfil y lleva a otro',
		why: 'Un número que se puede leer en un sitio permite encontrar tu cuenta en otro: la búsqueda por teléfono vinculó 533 millones de cuentas de Facebook y 5,4 millones de Twitter con sus dueños (Facebook, abril de 2021; Twitter, agosto de 2022).',
		ok: 'Ningún perfil muestra tu número de teléfono mientras otro permite encontrarte con él.',
		exposures: {'shown-and-findable': 'Tu número de teléfono es visible para {audience:in} en {site}, y en {otherSite} puede encontrarte con él quien lo tenga ({who})'},
		steps: {},
	},
	'city-on-several-sites': {
		title: 'Una ciudad actual o de origen es pública en más de uno de tus perfiles',
		why: 'El mismo lugar en varios perfiles públicos ayuda a los desconocidos a relacionar tus cuentas y acota dónde estás; el 71 % de los adolescentes publica su ciudad o pueblo (Pew Research, 2013).',
		ok: 'Como mucho uno de tus perfiles muestra públicamente una ciudad actual o de origen.',
		exposures: {'public-on': 'Una ciudad actual o de origen es visible para cualquier persona (Público) en {sites}. Si es el mismo lugar, vincula esos perfiles'},
		steps: {},
	},
};
