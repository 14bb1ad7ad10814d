import type {RuleTexts} from '../catalog.js';
import {xSteps} from './fix-steps.js';

// Conversation prompts for a teen and a parent (src/core/rules/teen-defaults-*.ts, family supervision).
// They speak to both, so they use "ustedes" where the English says "together".
export const teenRules: Readonly<Record<string, RuleTexts>> = {
	'teen-defaults-instagram': {
		title: 'Para hablarlo: esta cuenta de Instagram es pública, aunque las cuentas de adolescente empiezan siendo privadas',
		why: 'Las Cuentas de adolescente de Instagram son privadas por defecto y los menores de 16 años necesitan a su madre o padre para abrirlas (Meta, septiembre de 2024); una cuenta de adolescente pública significa que se acordó así, o que la edad de la cuenta dice 18 años o más, lo que desactiva todas las protecciones para adolescentes.',
		ok: 'La cuenta es privada, como empiezan las Cuentas de adolescente de Instagram.',
		exposures: {
			public: '¿Acordaron juntos abrirla? Si no, revisen la fecha de nacimiento de la cuenta: si dice 18 años o más, las protecciones para adolescentes están desactivadas',
			'public-birthday-on-account': '¿Acordaron juntos abrirla? Si no, revisen la fecha de nacimiento en Centro de cuentas › Datos personales: si dice 18 años o más, las protecciones para adolescentes están desactivadas',
		},
		steps: {instagram: [
			'Decidan juntos si la cuenta debe ser pública.',
			'Para hacerla privada: Más (☰) › Configuración › "Privacidad de la cuenta", activa "Cuenta privada".',
			'Si la edad es incorrecta, corrige la fecha de nacimiento en Centro de cuentas › Datos personales.',
		]},
	},
	'teen-defaults-x': {
		title: 'Para hablarlo: estos posts de X son públicos, aunque X protege los posts de los adolescentes',
		why: 'X protege por defecto los posts de los menores que conoce y no tiene herramientas parentales; si los posts son públicos, alguien desactivó la protección o X no sabe que quien tiene la cuenta es menor de 18 años.',
		ok: 'Los posts están protegidos, como X los configura para los menores que conoce.',
		exposures: {public: '¿Acordaron juntos desactivar la protección? Si la fecha de nacimiento de la cuenta dice 18 años o más, X la trata como la de un adulto'},
		steps: {x: xSteps(['Público, contenido multimedia y etiquetado'], 'Decidan juntos; para proteger los posts, activa "Protege tus posts". Si la edad es incorrecta, corrige la fecha de nacimiento en "Editar perfil".')},
	},
	'teen-defaults-facebook': {
		title: 'Para hablarlo: las nuevas publicaciones de Facebook llegan más allá de los amigos, aunque las cuentas de adolescente las limitan a los amigos',
		why: 'Las Cuentas de adolescente de Facebook son privadas y los menores de 16 años necesitan a su madre o padre para abrirlas (Meta, abril de 2025); publicaciones que llegan más allá de los amigos significan que se acordó así, o que la edad de la cuenta dice 18 años o más.',
		ok: 'Las nuevas publicaciones llegan a los amigos o a menos personas, como empiezan las Cuentas de adolescente de Facebook.',
		exposures: {'beyond-friends': 'Las nuevas publicaciones llegan a {audience:in}. ¿Lo acordaron juntos? Si no, revisen la fecha de nacimiento de la cuenta'},
		steps: {facebook: [
			'Decidan juntos quién debe ver las nuevas publicaciones.',
			'Abre Configuración y privacidad › Configuración › "Publicaciones".',
			'En "¿Quién puede ver tus publicaciones futuras?", elige "Amigos".',
			'Si la edad es incorrecta, corrige la fecha de nacimiento en Centro de cuentas › Datos personales.',
		]},
	},
	'teen-age-on-account': {
		title: 'Para hablarlo: TikTok trata esta cuenta como la de un adulto',
		why: 'Las protecciones de TikTok para adolescentes (cuenta privada por defecto antes de los 16, sin mensajes directos antes de los 16, descargas desactivadas) dependen de la fecha de nacimiento de la cuenta (TikTok, 2021); una cuenta cuya edad dice 18 años o más no tiene ninguna.',
		ok: 'TikTok trata la cuenta como la de un adolescente, así que sus protecciones para adolescentes se aplican.',
		exposures: {adult: 'TikTok no trata esta cuenta como de menor de 18 años: si quien la tiene es adolescente, sus protecciones para adolescentes están desactivadas'},
		steps: {tiktok: [
			'Revisen juntos con qué fecha de nacimiento se creó la cuenta.',
			'Si es incorrecta, pidan a TikTok que la corrija (en la app: Perfil › ☰ › Ajustes y privacidad › Informar de un problema), o creen una cuenta nueva con la fecha correcta.',
		]},
	},
	'google-timeline-teen-age': {
		title: 'Para hablarlo: la edad de esta cuenta de Google puede decir 18 o más',
		why: 'Google mantiene la Cronología (Historial de ubicaciones) desactivada para menores de 18 años y no les deja activarla (Google, agosto de 2021); aquí está activada, así que la cuenta probablemente indica una edad adulta y las protecciones de Google para adolescentes (SafeSearch, sin anuncios por edad, género o intereses) no se aplican.',
		ok: 'La Cronología está desactivada, como Google la mantiene para menores de 18 años.',
		exposures: {adult: 'La Cronología está activada, algo que Google solo permite en cuentas que indican 18 años o más'},
		steps: {google: [
			'Revisen juntos qué fecha de nacimiento indica la cuenta (myaccount.google.com › «Información personal» › «Fecha de nacimiento»).',
			'Si es incorrecta, corríjanla allí, o configuren la supervisión con Family Link.',
			'Mientras tanto, desactiven la Cronología (Datos y privacidad › Configuración del historial › Cronología).',
		]},
	},
};
