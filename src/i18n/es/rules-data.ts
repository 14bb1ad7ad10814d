import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, xSteps} from './fix-steps.js';

const xAccountSettings = 'Abre Más opciones › Configuración y privacidad › Seguridad y acceso a la cuenta.';

// Where your data goes: location on posts, apps, search engines, ads, data sharing, AI training
// (families geolocation and third-party).
export const dataRules: Readonly<Record<string, RuleTexts>> = {
	'geotag-posts': {
		title: 'X puede agregar tu ubicación a tus posts',
		why: 'Las etiquetas de ubicación en los posts permiten a desconocidos deducir dónde vives y cuándo no estás ("cybercasing", Friedland y Sommer, 2010).',
		ok: 'No se agrega información de ubicación a tus posts.',
		exposures: {on: '"Agregar información de ubicación a tus posts" está activado'},
		steps: {x: xSteps(['Tus posts', 'Información de ubicación', 'Agregar información de ubicación a tus posts'], 'Desactívalo y usa "Eliminar toda la información de ubicación de tus posts".')},
	},
	'business-partner-sharing': {
		title: 'X comparte información adicional sobre ti con socios comerciales',
		why: 'Según la política de privacidad de X de octubre de 2024, los socios comerciales pueden usar los datos compartidos con ellos para sus propios fines, incluido entrenar IA (Silicon Republic, 2024-10-18).',
		ok: 'El intercambio adicional con socios comerciales está desactivado.',
		exposures: {on: '"Permitir el intercambio de información adicional con socios comerciales" está activado'},
		steps: {x: xSteps(['Compartir datos y personalización', 'Compartir datos con socios comerciales'], 'Desactiva "Permitir el intercambio de información adicional con socios comerciales".')},
	},
	'connected-apps': {
		title: 'Hay apps y sitios web que aún pueden leer tu cuenta',
		why: 'Una app de test instalada por unas 270.000 personas pasó a Cambridge Analytica datos de hasta 87 millones, incluidos el cumpleaños y la ciudad actual (2018).',
		ok: 'Ninguna app ni sitio web tiene acceso activo a tu cuenta.',
		exposures: {apps: {count: 'count', one: '{count} app o sitio web puede acceder a tu cuenta', other: '{count} apps o sitios web pueden acceder a tu cuenta'}},
		steps: {google: [
				'Abre myaccount.google.com › «Seguridad».',
				'Abre «Tus conexiones con aplicaciones y servicios de terceros».',
				'Abre cada aplicación que ya no uses, luego «Ver detalles», y quítale el acceso («Dejar de usar Iniciar sesión con Google» y «Confirmar»).',
			], 
			facebook: [facebookSteps.settings, 'Abre "Apps y sitios web".', 'En la pestaña Activas, elimina todas las apps que no uses.'],
			x: [xAccountSettings, 'Abre "Aplicaciones y sesiones" y luego "Aplicaciones conectadas".', 'Abre cada aplicación que no uses y revoca su acceso.'],
			linkedin: ['Abre Yo › Configuración y privacidad.', 'Abre "Privacidad de datos" y luego "Servicios permitidos".', 'Elimina todos los servicios que no uses.'],
			instagram: ['Abre Más (☰) › Configuración.', 'Abre "Apps y sitios web".', 'En la pestaña Activas, elimina todas las apps o sitios web que no uses.'],
			strava: ['Pasa el cursor por tu foto de perfil (arriba a la derecha) y elige Ajustes.', 'Abre la pestaña "My Apps" (mis aplicaciones).', 'Elige "Revoke Access" en cada aplicación que no uses.'],
		},
	},
	'inferred-identity': {
		title: 'X vincula a tu cuenta navegadores y dispositivos que cree que son tuyos',
		why: 'La actividad en dispositivos y navegadores en los que nunca iniciaste sesión se une a tu perfil para personalizar y mostrar anuncios; X pagó 150 millones de dólares por reutilizar para anuncios datos de contacto dados por seguridad (FTC y DOJ, 2022).',
		ok: 'X no personaliza según tu identidad inferida.',
		exposures: {on: '"Personalizar según tu identidad inferida" está activado'},
		steps: {x: xSteps(['Compartir datos y personalización', 'Identidad inferida'], 'Desactiva "Personalizar según tu identidad inferida".')},
	},
	'search-engine-linking': {
		title: 'Los buscadores enlazan a tu perfil',
		why: 'Los perfiles indexados aparecen a cualquiera que busque tu nombre y alimentan a los corredores de datos; Consumer Reports incluyó "que te encuentre un buscador" entre los hábitos que hay que dejar (2010).',
		ok: 'Los buscadores fuera del sitio no enlazan a tu perfil.',
		exposures: {on: 'Los buscadores pueden enlazar a tu perfil'},
		steps: {facebook: [facebookSteps.settings, facebookSteps.findAndContactPage, 'Desactiva "¿Quieres que los motores de búsqueda fuera de Facebook enlacen a tu perfil?".'], reddit: redditSteps('Privacidad', 'Desactiva "Aparecer en los resultados de búsqueda".')},
	},
	'personalized-ads': {
		title: 'Los anuncios se personalizan con datos de fuera del sitio',
		why: 'Los datos de socios construyen un perfil de tu comportamiento, y X pagó 150 millones de dólares por usar para anuncios los teléfonos y correos dados por seguridad (FTC y DOJ, 2022).',
		ok: 'Los anuncios personalizados están desactivados.',
		exposures: {on: '"Anuncios personalizados" está activado'},
		steps: {x: xSteps(['Compartir datos y personalización', 'Preferencias de anuncios'], 'Desactiva "Anuncios personalizados".'), reddit: redditSteps('Privacidad', 'Desactiva los anuncios personalizados con información y actividad de los socios de Reddit.')},
	},
	'linkedin-ads-inferred-location': {
		title: 'LinkedIn dirige anuncios según dónde deduce que estás',
		why: 'Tu dirección IP te sitúa en una ciudad o más cerca; los anuncios dirigidos con ella les dicen a los anunciantes dónde vives y trabajas, y te siguen cuando viajas (Ayuda de LinkedIn, datos publicitarios).',
		ok: 'LinkedIn no usa tu ubicación inferida para los anuncios.',
		exposures: {on: '"Ubicación inferida" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Ubicación inferida'], 'Desactiva el interruptor.')},
	},
	'linkedin-ads-by-age': {
		title: 'LinkedIn deja que los anunciantes te elijan por edad',
		why: 'Los anunciantes pueden elegirte por franja de edad, que LinkedIn deduce de tu perfil (por ejemplo, tus años de graduación) aunque nunca hayas dado tu cumpleaños.',
		ok: 'LinkedIn no usa tu edad para los anuncios.',
		exposures: {on: '"Edad" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Edad'], 'Desactiva el interruptor.')},
	},
	'linkedin-ads-by-gender': {
		title: 'LinkedIn deja que los anunciantes te elijan por género',
		why: 'Los anunciantes pueden incluirte o excluirte por género, que LinkedIn deduce de tu perfil si no lo diste; eso decide qué anuncios te llegan, también los de empleo.',
		ok: 'LinkedIn no usa tu género para los anuncios.',
		exposures: {on: '"Género" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Género'], 'Desactiva el interruptor.')},
	},
	'linkedin-ads-by-interests': {
		title: 'LinkedIn dirige anuncios por intereses que deduce de ti',
		why: 'LinkedIn te clasifica en categorías de intereses según lo que lees, sigues y pulsas, y vende a los anunciantes el acceso a ellas; las categorías pueden decir de ti más que tu perfil.',
		ok: 'LinkedIn no usa intereses deducidos para los anuncios.',
		exposures: {on: '"Categorías de intereses" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Categorías de intereses'], 'Desactiva el interruptor.')},
	},
	'linkedin-business-interactions': {
		title: 'LinkedIn usa lo que las empresas saben de ti',
		why: 'Las empresas suben lo que saben de ti (tu email en sus listas, visitas a su web, compras) y LinkedIn lo cruza con tu cuenta para dirigirte anuncios: tu vida fuera de LinkedIn queda unida a tu perfil.',
		ok: 'LinkedIn no usa datos de empresas sobre ti para los anuncios.',
		exposures: {on: '"Interacciones con empresas" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Interacciones con empresas'], 'Desactiva el interruptor.')},
	},
	'linkedin-conversion-tracking': {
		title: 'LinkedIn se entera de lo que haces en sitios de anunciantes',
		why: 'Después de ver o pulsar un anuncio, el sitio del anunciante informa si te registraste o compraste algo, y LinkedIn lo vincula contigo.',
		ok: 'LinkedIn no vincula contigo lo que haces en sitios de anunciantes.',
		exposures: {on: '"Acciones relacionadas con anuncios" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Acciones relacionadas con anuncios'], 'Desactiva el interruptor.')},
	},
	'linkedin-research-sharing': {
		title: 'LinkedIn comparte tus datos con investigadores externos',
		why: 'LinkedIn puede poner datos de sus miembros, los tuyos incluidos y sin nombres, a disposición de investigadores y responsables políticos; una trayectoria laboral suele bastar para saber quién es alguien.',
		ok: 'LinkedIn no comparte tus datos para investigación.',
		exposures: {on: '"Investigación social, económica y laboral" está activado'},
		steps: {linkedin: linkedinSteps(['Privacidad de datos', 'Investigación social, económica y laboral'], 'Desactiva el interruptor.')},
	},
	'ads-beyond-linkedin': {
		title: 'LinkedIn usa tus datos para anuncios en otros sitios',
		why: 'Las redes publicitarias que te siguen entre sitios construyen un perfil de tu comportamiento, y los datos publicitarios se reutilizan para otros fines (X pagó 150 millones de dólares por ello, FTC y DOJ, 2022).',
		ok: 'LinkedIn no usa tus datos para anuncios fuera de LinkedIn.',
		exposures: {on: '"Anuncios fuera de LinkedIn" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Anuncios fuera de LinkedIn'], 'Desactiva el interruptor.')},
	},
	'ai-training': {
		title: 'Tus publicaciones y datos entrenan los modelos de IA del sitio',
		why: 'X activó por defecto el entrenamiento de Grok en todas las cuentas en julio de 2024 (Reclaim The Net, 2024-07-26), LinkedIn hizo lo mismo en septiembre de 2024 (Ayuda de LinkedIn a6278444), y desactivarlo no deshace el entrenamiento pasado.',
		ok: 'Tus datos no se usan para entrenar los modelos de IA del sitio.',
		exposures: {on: 'Tus publicaciones, tu perfil y tus chats con IA pueden usarse para entrenar IA'},
		steps: {
			x: xSteps(['Compartir datos y personalización', 'Grok y colaboradores externos'], 'Desactiva "Permitir que tus datos públicos … se usen para entrenamiento y ajuste" y borra tu historial de conversaciones con Grok.'),
			linkedin: linkedinSteps(['Privacidad de datos', 'Datos para mejorar la IA generativa'], 'Desactiva "Usar mis datos para entrenar modelos de IA de creación de contenido".'),
		},
	},
	'location-history-on': {
		title: 'La Cronología de Google guarda un historial de todos los sitios adonde vas',
		why: 'Un historial de desplazamientos muestra tu casa, tu centro de estudios y tus rutinas a quien entre en la cuenta o en el dispositivo; Google lo guarda 3 meses por defecto, o más si lo elegiste (Google, 2024).',
		ok: 'La Cronología (Historial de ubicaciones) está desactivada.',
		exposures: {on: 'La Cronología (Historial de ubicaciones) está activada'},
		steps: {google: [
			'Abre myactivity.google.com › «Cronología» (Datos y privacidad › Configuración del historial).',
			'Selecciona «Desactivar» y confirma.',
			'Borra el historial guardado con «Eliminar actividad», o activa el borrado automático a los 3 meses.',
		]},
	},
	'web-app-activity-on': {
		title: 'Google guarda tus búsquedas y tu actividad en otros sitios y aplicaciones',
		why: 'La Actividad en la Web y en Aplicaciones guarda en tu cuenta tus búsquedas, tu uso de Maps y tu actividad en sitios y aplicaciones que usan servicios de Google, con el lugar donde estabas; sin borrado automático, forma un perfil que dura años (Ayuda de Google). Overshare no lee la opción de borrado automático.',
		ok: 'La Actividad en la Web y en Aplicaciones está desactivada.',
		exposures: {on: 'La Actividad en la Web y en Aplicaciones está activada'},
		steps: {google: [
			'Abre myactivity.google.com › «Actividad en la Web y en Aplicaciones» (Datos y privacidad › Configuración del historial).',
			'Selecciona «Desactivar», o déjala activada y pon el «Borrado automático» a 3 meses.',
			'Borra lo guardado hasta ahora con «Eliminar actividad».',
		]},
	},
	'live-location-sharing': {
		title: 'Hay personas que pueden ver dónde estás ahora mismo',
		why: 'La ubicación en tiempo real es lo más delicado que una cuenta puede compartir: la mayoría de las víctimas de acoso conocen a su acosador, y el 61 % de las mujeres acosadas lo fueron por su pareja (risks-and-settings.md, GEO-01). Lo que se comparte sin hora de fin sigue activo hasta que lo detienes.',
		ok: 'No compartes tu ubicación en tiempo real con nadie.',
		exposures: {sharing: {count: 'count', one: '{count} persona puede ver dónde estás ahora', other: '{count} personas pueden ver dónde estás ahora'}},
		steps: {google: [
			'Abre myaccount.google.com › «Compartir ubicación» (Contactos y compartir).',
			'Revisa cada persona con quien compartes: ¿debe seguir viendo dónde estás?',
			'Selecciona «Dejar de compartir» en cada caso que no quieras, o ponle una hora de fin en Google Maps.',
		]},
	},
	'shared-endorsements': {
		title: 'Google puede mostrar tu nombre, tu foto y tu actividad en anuncios',
		why: 'Con las recomendaciones compartidas activadas, tus reseñas y tu actividad pueden aparecer junto al anuncio de un anunciante, con tu nombre y tu foto, ante personas que te conocen: tus datos usados para venderles a tus contactos (Ayuda de Google).',
		ok: 'Las recomendaciones compartidas en anuncios están desactivadas.',
		exposures: {on: 'Las recomendaciones compartidas en anuncios están activadas'},
		steps: {google: [
			'Abre myaccount.google.com › «Contactos y compartir» › «Recomendaciones compartidas».',
			'Desmarca la casilla que permite a Google mostrar tu nombre, tu foto de perfil y tu actividad en recomendaciones compartidas en anuncios.',
			'Selecciona «Guardar».',
		]},
	},
};
