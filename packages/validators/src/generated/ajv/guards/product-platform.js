export { validate42 as guardProductPlatform };
const schema53 = {"type":"string","enum":["GenesysCloud","PureCloud","PureEngage","PureEngageCloud","PureConnect","PureConnectCloud","Unknown"]};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data === "GenesysCloud") || (data === "PureCloud")) || (data === "PureEngage")) || (data === "PureEngageCloud")) || (data === "PureConnect")) || (data === "PureConnectCloud")) || (data === "Unknown"))){
validate42.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema53.enum}}];
return false;
}
validate42.errors = vErrors;
return errors === 0;
}
