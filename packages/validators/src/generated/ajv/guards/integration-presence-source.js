export { validate44 as guardIntegrationPresenceSource };
const schema55 = {"type":"string","enum":["MicrosoftTeams","ZoomPhone","EightByEight","RingCentral"]};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data === "MicrosoftTeams") || (data === "ZoomPhone")) || (data === "EightByEight")) || (data === "RingCentral"))){
validate44.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema55.enum}}];
return false;
}
validate44.errors = vErrors;
return errors === 0;
}
