export { validate25 as compiledUserExpand };
const schema36 = {"type":"string","enum":["routingStatus","presence","integrationPresence","conversationSummary","outOfOffice","geolocation","station","authorization","lasttokenissued","authorization.unusedRoles","team","workPlanBidRanks","externalContactsSettings","groups","customAttributes","profileSkills","certifications","locations","skills","languages","languagePreference","employerInfo","biography","dateLastLogin","dateWelcomeSent"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((((((((((((((((data === "routingStatus") || (data === "presence")) || (data === "integrationPresence")) || (data === "conversationSummary")) || (data === "outOfOffice")) || (data === "geolocation")) || (data === "station")) || (data === "authorization")) || (data === "lasttokenissued")) || (data === "authorization.unusedRoles")) || (data === "team")) || (data === "workPlanBidRanks")) || (data === "externalContactsSettings")) || (data === "groups")) || (data === "customAttributes")) || (data === "profileSkills")) || (data === "certifications")) || (data === "locations")) || (data === "skills")) || (data === "languages")) || (data === "languagePreference")) || (data === "employerInfo")) || (data === "biography")) || (data === "dateLastLogin")) || (data === "dateWelcomeSent"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
