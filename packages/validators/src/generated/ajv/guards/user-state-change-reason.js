export { validate48 as guardUserStateChangeReason };
const schema59 = {"type":"string","enum":["Voluntary","Seasonal","Leave","Performance","Conduct","Unknown"]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data === "Voluntary") || (data === "Seasonal")) || (data === "Leave")) || (data === "Performance")) || (data === "Conduct")) || (data === "Unknown"))){
validate48.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema59.enum}}];
return false;
}
validate48.errors = vErrors;
return errors === 0;
}
